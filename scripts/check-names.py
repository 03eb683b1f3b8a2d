#!/usr/bin/env python3
"""No Rust source names a government or one of its places: those come from
the deployment profiles (data/profiles/<name>/). Every name a profile holds
(the government's official, place and short names in both languages, its id,
and each area's key and names) is looked for in the Rust files that are not
tests; English names as letters in any case (also inside identifiers such as
`TaitungLocal`), Chinese names as written.

Code written before the profiles still names them; `scripts/names-allowed.txt`
lists those files with how many names each has. The check fails when a file
not listed names a government or place, or a listed file names more than
listed, or fewer (then lower its figure, or drop the line, so that the list
only ever shrinks). `--report` prints every file's figure and exits 0."""
import pathlib
import re
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALLOWED = ROOT / "scripts/names-allowed.txt"
SOURCE_DIRS = ["domain", "app", "frontend", "server", "tools"]


def is_test_file(rel: str) -> bool:
    parts = rel.split("/")
    return "tests" in parts[:-1] or parts[-1] == "tests.rs" or parts[-1].endswith("_tests.rs") or "benches" in parts


def names():
    english, chinese = set(), set()
    for gov in sorted((ROOT / "data/profiles").glob("*/government.toml")):
        g = tomllib.loads(gov.read_text(encoding="utf-8"))
        english.add(g["id"])
        for field in ("name", "place", "short"):
            chinese.add(g[field]["zh_tw"])
            english.add(g[field]["en"])
        for line in (gov.parent / "areas.csv").read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                code, key, zh, en, *_ = line.split(",")
                english.update([key, en.split(" (")[0]])
                chinese.add(zh)
    # The longest first, so that "Taoyuan City Government" counts once.
    english = sorted({e for e in english if len(e) >= 4}, key=len, reverse=True)
    chinese = sorted({c for c in chinese if len(c) >= 2}, key=len, reverse=True)
    return english, chinese


def count(text: str, english, chinese) -> int:
    pattern = "|".join([re.escape(e) for e in english] + [re.escape(c) for c in chinese])
    return len(re.findall(pattern, text, flags=re.IGNORECASE))


def main() -> int:
    english, chinese = names()
    found = {}
    for d in SOURCE_DIRS:
        for p in sorted((ROOT / d).rglob("*.rs")):
            rel = p.relative_to(ROOT).as_posix()
            if "/target/" in f"/{rel}" or "/node_modules/" in rel or is_test_file(rel):
                continue
            n = count(p.read_text(encoding="utf-8"), english, chinese)
            if n:
                found[rel] = n
    if "--report" in sys.argv:
        for rel, n in sorted(found.items(), key=lambda x: -x[1]):
            print(f"{n:5} {rel}")
        print(f"{sum(found.values())} names in {len(found)} files")
        return 0
    allowed = {}
    for line in ALLOWED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            n, rel = line.split(maxsplit=1)
            allowed[rel] = int(n)
    breaches = []
    for rel, n in sorted(found.items()):
        if rel not in allowed:
            breaches.append(f"{rel}: names a government or place {n} time(s); take it from the profile")
        elif n > allowed[rel]:
            breaches.append(f"{rel}: {n} names, {allowed[rel]} allowed; take the new ones from the profile")
        elif n < allowed[rel]:
            breaches.append(f"{rel}: {n} names now, {allowed[rel]} listed: lower its line in {ALLOWED.name}")
    for rel in sorted(set(allowed) - set(found)):
        breaches.append(f"{rel}: names none now: drop its line from {ALLOWED.name}")
    for b in breaches:
        print(b)
    print(f"names of governments and places in code: {sum(found.values())} in {len(found)} files (list: {sum(allowed.values())})")
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())
