#!/usr/bin/env python3
"""Holds the shape of the code (docs/architecture.md, "Use cases, adapters
and the store"). Exits 1 and lists every breach:

- a Rust file that is not a test (`tests/`, `tests.rs`, `*_tests.rs`) has at
  most 300 lines;
- a server function (`#[server]`) has at most 25 lines, from its attribute to
  its closing brace, and a file holds at most one; a REST handler
  (`server/src/rest/`) has at most 25 lines (an adapter: the guard, the
  context, the use case, the redirect; the project's rule is 30, issue 31
  asked 25 and every adapter meets it);
- no two modules of a crate import each other, directly or around a circle
  (module imports read from `use` items and from `crate::`, `super::` and
  `self::` paths in the code, resolved through re-exports).

`--report` prints the figures (files over the limit, long server functions,
circles) and exits 0, for measuring before and after a change."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX_LINES = 300
MAX_SERVER_FN = 25
CRATES = {
    "domain": "domain/src",
    "i18n": "app/i18n/src",
    "platform": "app/platform/src",
    "booking": "app/booking/src",
    "meals": "app/meals/src",
    "app": "app/src",
    "frontend": "frontend/src",
    "server": "server/src",
    "standard_import": "tools/standard-import/src",
}
SOURCE_DIRS = ["domain", "app", "frontend", "server", "tools"]


def is_test_file(rel: str) -> bool:
    parts = rel.split("/")
    return "tests" in parts[:-1] or parts[-1] == "tests.rs" or parts[-1].endswith("_tests.rs")


def rust_files():
    for d in SOURCE_DIRS:
        for p in sorted((ROOT / d).rglob("*.rs")):
            rel = p.relative_to(ROOT).as_posix()
            if "/target/" in f"/{rel}" or "/node_modules/" in rel:
                continue
            yield p, rel


def strip_comments_and_strings(text: str) -> str:
    """The code with comments, string and char literals blanked (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "r" and re.match(r'r#*"', text[i:i + 10]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            hashes = re.match(r'r(#*)"', text[i:]).group(1)
            end = text.find('"' + hashes, i + 2 + len(hashes))
            end = n if end < 0 else end + 1 + len(hashes)
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(re.sub(r"[^\n]", " ", text[i:j + 1]))
            i = j + 1
        elif c == "'" and re.match(r"'(\\.|[^\\'\n])'", text[i:i + 4]) or (c == "'" and re.match(r"'\\u\{[0-9a-fA-F]+\}'", text[i:i + 12])):
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'\n])'", text[i:])
            out.append(" " * len(m.group(0)))
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def block_end(code: str, start: int) -> int:
    """Index just after the `{ ... }` block that opens at or after `start`."""
    i = code.find("{", start)
    depth = 0
    while i < len(code):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(code)


def server_functions(rel: str, code: str):
    """(name, first line, lines) of each `#[server]` function in a file."""
    for m in re.finditer(r"(?m)^[ \t]*#\[server(\([^\]]*\))?\]\s*(?=(#\[[^\]]*\]\s*)*(pub(\([^)]*\))?\s+)?async\s+fn)", code):
        f = re.compile(r"fn\s+(\w+)").search(code, m.end())
        end = block_end(code, f.end())
        first = code.count("\n", 0, m.start()) + 1
        last = code.count("\n", 0, end) + 1
        yield f.group(1), first, last - first + 1


def handlers(rel: str, code: str):
    """(name, first line, lines) of each function of a REST module."""
    for m in re.finditer(r"(?m)^(pub(\(crate\))? )?async fn\s+(\w+)", code):
        start = code.rfind("\n\n", 0, m.start())
        attrs = code[start:m.start()] if start >= 0 else ""
        first_attr = re.search(r"(?m)^#\[", attrs)
        begin = start + first_attr.start() if first_attr else m.start()
        end = block_end(code, m.end())
        first = code.count("\n", 0, begin) + 1
        last = code.count("\n", 0, end) + 1
        yield m.group(3), first, last - first + 1


# ---- module graph -------------------------------------------------------

def module_of(crate_root: pathlib.Path, path: pathlib.Path):
    rel = path.relative_to(crate_root).with_suffix("")
    parts = list(rel.parts)
    if parts in (["lib"], ["main"]):
        return ()
    if parts[-1] == "mod":
        parts = parts[:-1]
    return tuple(parts)


DEF = re.compile(
    r"(?m)^\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+|const\s+|unsafe\s+)*"
    r"(?:fn|struct|enum|trait|type|const|static|mod|union)\s+(\w+)"
)
MACRO_DEF = re.compile(r"macro_rules!\s*(\w+)")
USE = re.compile(r"(?m)^\s*(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);")
INLINE = re.compile(r"\b(crate|super|self)((?:::\w+)+)")


def expand_use(tree: str):
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e'] (aliases dropped)."""
    tree = re.sub(r"\s+", "", tree)

    def split_top(s):
        parts, depth, cur = [], 0, ""
        for ch in s:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            parts.append(cur)
        return parts

    def go(prefix, s):
        i = s.find("{")
        if i < 0:
            full = prefix + s
            return [full[:-len("::self")] if full.endswith("::self") else full]
        head = s[:i]
        inner = s[i + 1:s.rfind("}")]
        out = []
        for part in split_top(inner):
            out += go(prefix + head, part)
        return out

    return go("", tree)


class Crate:
    def __init__(self, name, root):
        self.name = name
        self.root = ROOT / root
        self.files = {}  # module path -> (rel, code)
        for p in sorted(self.root.rglob("*.rs")):
            rel = p.relative_to(ROOT).as_posix()
            if is_test_file(rel):
                continue
            code = strip_comments_and_strings(p.read_text(encoding="utf-8"))
            # test modules inside a file are not part of the module graph
            code = re.sub(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*;", "", code)
            m = re.search(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", code)
            if m:
                code = code[:m.start()] + re.sub(r"[^\n]", " ", code[m.start():block_end(code, m.start())]) + code[block_end(code, m.start()):]
            self.files[module_of(self.root, p)] = (rel, code)
        self.defs = {m: set(DEF.findall(c)) | set(MACRO_DEF.findall(c)) for m, (_, c) in self.files.items()}
        self.reexports = {}
        self.globs = {}
        for m, (_, code) in self.files.items():
            for u in USE.finditer(code):
                if not u.group(1):
                    continue
                for path in expand_use(re.sub(r"\s+as\s+\w+", "", u.group(2))):
                    segs = path.split("::")
                    if segs[-1] == "*":
                        self.globs.setdefault(m, []).append(segs[:-1])
                    else:
                        self.reexports.setdefault(m, {})[segs[-1]] = segs

    def absolute(self, here, segs):
        """Module path segments of `segs` (as written in module `here`), or None if not this crate's."""
        if not segs:
            return None
        if segs[0] == "crate":
            return list(segs[1:])
        if segs[0] in ("super", "self"):
            base = list(here)
            while segs and segs[0] in ("super", "self"):
                if segs[0] == "super":
                    base = base[:-1]
                segs = segs[1:]
            return base + list(segs)
        if tuple(here + (segs[0],)) in self.files:  # a child module named directly
            return list(here) + list(segs)
        return None

    def resolve(self, here, segs, depth=0):
        """The file (module path) an absolute path points into."""
        segs = list(segs)
        best, i = (), 0
        for i in range(len(segs), 0, -1):
            if tuple(segs[:i]) in self.files:
                best = tuple(segs[:i])
                break
        else:
            i = 0
        rest = segs[i:]
        if rest and depth < 8:
            name = rest[0]
            if name not in self.defs.get(best, set()):
                exports = self.reexports.get(best, {})
                if name in exports:
                    target = self.absolute(best, exports[name])
                    if target is not None:
                        return self.resolve(best, target + rest[1:], depth + 1)
                # a glob re-export (`pub use child::*`) of a module that has the name
                for glob in self.globs.get(best, []):
                    target = self.absolute(best, glob)
                    if target is None:
                        continue
                    found = self.resolve(best, target + [name], depth + 1)
                    if name in self.defs.get(found, set()):
                        return self.resolve(best, target + rest, depth + 1)
        return best

    def edges(self):
        out = {m: set() for m in self.files}
        self.why = {}
        for m, (_, code) in self.files.items():
            paths = []
            for u in USE.finditer(code):
                for p in expand_use(re.sub(r"\s+as\s+\w+", "", u.group(2))):
                    paths.append(p.split("::"))
            for x in INLINE.finditer(USE.sub("", code)):
                paths.append([x.group(1)] + x.group(2).strip(":").split("::"))
            for segs in paths:
                segs = [s for s in segs if s and s != "*"]
                absolute = self.absolute(m, segs)
                if absolute is None:
                    continue
                target = self.resolve(m, absolute)
                if target != m and target in self.files:
                    out[m].add(target)
                    self.why.setdefault((m, target), set()).add(segs[-1])
        return out


def circles(graph):
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    for v in graph:
        if v not in index:
            visit(v)
    return out


def main():
    report = "--report" in sys.argv
    breaches = []
    long_files, long_fns, crowded, total_fns = [], [], [], 0
    for p, rel in rust_files():
        text = p.read_text(encoding="utf-8")
        lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if not is_test_file(rel) and lines > MAX_LINES:
            long_files.append((lines, rel))
        if is_test_file(rel):
            continue
        code = strip_comments_and_strings(text)
        fns = list(server_functions(rel, code))
        total_fns += len(fns)
        for name, first, n in fns:
            if n > MAX_SERVER_FN:
                long_fns.append((n, f"{rel}:{first} {name}"))
        if len(fns) > 1:
            crowded.append((len(fns), rel))
        if rel.startswith("server/src/rest/"):
            for name, first, n in handlers(rel, code):
                if n > MAX_SERVER_FN:
                    long_fns.append((n, f"{rel}:{first} {name} (REST handler)"))
    all_circles, explain = [], []
    for name, root in CRATES.items():
        crate = Crate(name, root)
        graph = crate.edges()
        for comp in circles(graph):
            all_circles.append(sorted(crate.files[m][0] for m in comp))
            members = set(comp)
            for a in sorted(comp):
                for b in sorted(graph[a] & members):
                    names = ", ".join(sorted(crate.why.get((a, b), ())))
                    explain.append(f"    {crate.files[a][0]} -> {crate.files[b][0]}: {names}")

    for n, rel in sorted(long_files, reverse=True):
        breaches.append(f"{rel}: {n} lines (at most {MAX_LINES} outside tests)")
    for n, where in sorted(long_fns, reverse=True):
        breaches.append(f"{where}: {n} lines (a server function or handler has at most {MAX_SERVER_FN})")
    for n, rel in sorted(crowded, reverse=True):
        breaches.append(f"{rel}: {n} server functions (one a file)")
    for c in all_circles:
        breaches.append("import circle: " + " -> ".join(c))

    if "--why" in sys.argv:
        print("\n".join(explain))
    if report:
        print(f"files over {MAX_LINES} lines (not tests): {len(long_files)}")
        print(f"server functions: {total_fns}; over {MAX_SERVER_FN} lines (with REST handlers): {len(long_fns)}")
        print(f"files with more than one server function: {len(crowded)}")
        print(f"import circles: {len(all_circles)}")
        for b in breaches:
            print("  " + b)
        return 0
    if breaches:
        print("the code's shape is broken (docs/architecture.md):")
        print("\n".join("  " + b for b in breaches))
        return 1
    print(f"structure: no file over {MAX_LINES} lines, no server function or handler over {MAX_SERVER_FN}, "
          f"one server function a file, no import circle ({total_fns} server functions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
