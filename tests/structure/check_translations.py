#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation catalogues against the sources. Every entry of translations/*.ts is
translated (nothing unfinished, empty, obsolete or vanished) and keeps its source's %1…%99
placeholders; no source file translates through a function or lambda named tr(), which lupdate
files under the enclosing class or namespace instead of the context the wrapper looks up; and,
with --lupdate and --project, lupdate run over the app's sources into a copy of each catalogue
finds no string the catalogue lacks, no entry the sources no longer have, and no tr() it cannot
give a context. Prints what it checked; exits 1 naming every problem."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.parsers.expat

# Files that still translate through a tr() wrapper. Each is a defect (its strings are filed
# under a context the program never looks in); the list only shrinks, and an entry whose file
# no longer has a wrapper is reported so that it goes.
PENDING_WRAPPERS = set()

WRAPPER = re.compile(r'\bQString\s+tr\s*\(\s*const\s+char\s*\*|\bauto\s+tr\s*=\s*\[')
PLACEHOLDER = re.compile(r'%(\d{1,2})')


class Message:
    def __init__(self, context, line):
        self.context = context
        self.line = line
        self.source = ""
        self.numerus = False
        self.kind = None  # the translation's type attribute: unfinished, obsolete, vanished…
        self.forms = []  # the translation, or each numerus form
        self.locations = []


def read_catalogue(path):
    """Every message of a .ts file, with the line it starts on."""
    messages = []
    state = {"context": None, "text": None, "message": None}
    parser = xml.parsers.expat.ParserCreate()

    def start(name, attrs):
        if name == "message":
            m = Message(state["context"], parser.CurrentLineNumber)
            m.numerus = attrs.get("numerus") == "yes"
            state["message"] = m
        elif name == "translation" and state["message"]:
            state["message"].kind = attrs.get("type")
            if not state["message"].numerus:
                state["text"] = ""
        elif name in ("name", "source", "numerusform"):
            state["text"] = ""
        elif name == "location" and state["message"]:
            state["message"].locations.append(f'{attrs.get("filename")}:{attrs.get("line")}')

    def end(name):
        m = state["message"]
        text = state["text"]
        if name == "name" and m is None:
            state["context"] = text
        elif name == "source" and m:
            m.source = text
        elif name == "numerusform" and m:
            m.forms.append(text)
        elif name == "translation" and m and not m.numerus:
            m.forms.append(text)
        elif name == "message":
            messages.append(m)
            state["message"] = None
        if name in ("name", "source", "numerusform", "translation"):
            state["text"] = None

    def chars(data):
        if state["text"] is not None:
            state["text"] += data

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    with open(path, "rb") as f:
        parser.ParseFile(f)
    return messages


def shown(text, limit=70):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_catalogue(path, rel, flag):
    messages = read_catalogue(path)
    for m in messages:
        where = f"{rel}:{m.line}: {m.context}: \"{shown(m.source)}\""
        if m.kind in ("obsolete", "vanished"):
            flag(f"{where}: {m.kind} entry (update_translations drops it)")
            continue
        if m.kind == "unfinished":
            flag(f"{where}: not translated")
            continue
        if not m.forms or any(not f.strip() for f in m.forms):
            flag(f"{where}: empty translation")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(m.source)))
        for form in m.forms:
            have = sorted(set(PLACEHOLDER.findall(form)))
            if have != wanted:
                flag(f"{where}: placeholders %{', %'.join(wanted) or '-'} in the source, "
                     f"%{', %'.join(have) or '-'} in \"{shown(form)}\"")
    return messages


def check_wrappers(root, flag):
    seen = set()
    checked = 0
    for folder in ("app", "ui", "models"):
        for base, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(base, name)
                rel = os.path.relpath(path, root)
                checked += 1
                with open(path, encoding="utf-8") as f:
                    for number, text in enumerate(f, 1):
                        if not WRAPPER.search(text):
                            continue
                        seen.add(rel)
                        if rel not in PENDING_WRAPPERS:
                            flag(f"{rel}:{number}: a tr() wrapper: lupdate files its strings "
                                 "under the enclosing class or namespace, never the context it "
                                 "looks up; declare struct Text { Q_DECLARE_TR_FUNCTIONS(Context) "
                                 "}; and call Text::tr()")
    for rel in sorted(PENDING_WRAPPERS - seen):
        flag(f"{rel}: has no tr() wrapper any more; take it off PENDING_WRAPPERS in "
             "tests/structure/check_translations.py")
    return checked, sorted(PENDING_WRAPPERS & seen)


def cmake_list(text, name):
    m = re.search(r'set\(%s "([^"]*)"\)' % re.escape(name), text)
    return [v for v in m.group(1).split(";") if v] if m else None


def check_against_sources(root, lupdate, project, catalogues, flag):
    """lupdate over the sources into copies of the catalogues; what it adds, drops or cannot
    place is a problem."""
    if not os.path.isfile(project):
        flag(f"{project}: no lupdate project (configure the build first)")
        return 0
    with open(project, encoding="utf-8") as f:
        text = f.read()
    sources = cmake_list(text, "lupdate_sources")
    includes = cmake_list(text, "lupdate_include_paths")
    project_file = cmake_list(text, "lupdate_project_file")
    if sources is None or includes is None or not project_file:
        flag(f"{project}: lupdate_project_file, _sources or _include_paths not found")
        return 0
    sources = [s for s in sources if os.path.isfile(s)]
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for path, _ in catalogues:
            copies.append(os.path.join(tmp, os.path.basename(path)))
            shutil.copyfile(path, copies[-1])
        project_json = os.path.join(tmp, "project.json")
        with open(project_json, "w", encoding="utf-8") as f:
            json.dump({"projectFile": project_file[0], "includePaths": includes, "sources": sources,
                       "translations": copies}, f)
        run = subprocess.run([lupdate, "-project", project_json, "-no-obsolete", "-silent"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            flag(f"lupdate failed ({run.returncode}): {shown(run.stderr, 300)}")
            return len(sources)
        for line in run.stderr.splitlines():
            if "lacks Q_OBJECT" not in line and "Cannot invoke tr()" not in line:
                continue
            if not any(f"/{pending}:" in line for pending in PENDING_WRAPPERS):
                flag(f"lupdate: {line.strip()}")
        for (path, rel), copy in zip(catalogues, copies):
            had = {(m.context, m.source) for m in read_catalogue(path)}
            updated = read_catalogue(copy)
            for m in updated:
                if m.kind == "unfinished":
                    where = ", ".join(
                        os.path.relpath(os.path.normpath(os.path.join(tmp, loc)), root)
                        for loc in m.locations[:2])
                    flag(f"{rel}: {m.context}: \"{shown(m.source)}\" ({where}) is in the sources "
                         "but not translated in this context; run update_translations and "
                         "translate it")
            for context, source in sorted(had - {(m.context, m.source) for m in updated}):
                flag(f"{rel}: {context}: \"{shown(source)}\" is no longer in the sources; "
                     "run update_translations")
    return len(sources)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--lupdate", help="lupdate, to compare the catalogues with the sources")
    parser.add_argument("--project", help="the build's lupdate project (.lupdate/*.cmake)")
    args = parser.parse_args()
    root = args.source
    problems = []
    flag = problems.append

    folder = os.path.join(root, "translations")
    catalogues = [(os.path.join(folder, n), os.path.join("translations", n))
                  for n in sorted(os.listdir(folder)) if n.endswith(".ts")]
    entries = 0
    for path, rel in catalogues:
        entries += len(check_catalogue(path, rel, flag))
    files, pending = check_wrappers(root, flag)
    sources = 0
    if args.lupdate and args.project:
        sources = check_against_sources(root, args.lupdate, args.project, catalogues, flag)

    print(f"translations: {len(catalogues)} catalogue(s), {entries} entries; {files} files "
          f"checked for tr() wrappers; {sources} sources run through lupdate; "
          f"{len(problems)} problems")
    if pending:
        print(f"still to convert from a tr() wrapper ({len(pending)}): {', '.join(pending)}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
