#!/usr/bin/env python3
"""Finds attribute closures in `view!` that contain a comparison outside any
bracket, such as `disabled=move || i + 1 >= len()`: the macro ends the tag at
`>` and renders the rest as text. Wrap such a closure in braces:
`disabled=move || { i + 1 >= len() }`. Exits 1 and lists them if any."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ATTR = re.compile(r"[\s<]([a-z][a-z0-9:_-]*)=move \|\|")
bad = []
for path in sorted(ROOT.glob("app/**/src/**/*.rs")):
    text = path.read_text(encoding="utf-8")
    for m in ATTR.finditer(text):
        i, depth = m.end(), 0
        while i < len(text):
            c = text[i]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0:
                rest = text[i:i + 3]
                if rest.startswith(("/>", ">\n")) or re.match(r"\s+[a-z][a-z0-9:_-]*=", text[i:i + 40]) or c == "\n":
                    break
                if re.match(r"\s[<>]=?\s", text[i:i + 4]):
                    line = text.count("\n", 0, m.start()) + 1
                    bad.append(f"{path.relative_to(ROOT)}:{line}: {text[m.start() + 1:i + 20].strip()}")
                    break
            i += 1
if bad:
    print("attribute closures that end their tag early (wrap them in braces):")
    print("\n".join(bad))
    sys.exit(1)
print("view! attributes: no comparison outside braces")
