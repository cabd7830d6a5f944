#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layering rules, checked on the source tree: app -> ui -> models, never backwards; no
storage header and no SQL in ui/; no SQL outside models/storage; no widgets in models/; one
base for every undo command; no file over 650 lines; the domain includes no rule, service
or storage header. Prints what it checked; exits 1 naming every file:line that
breaks a rule."""
import argparse
import os
import re
import sys

WIDGET_HEADERS = re.compile(
    r'#include\s*<(QtWidgets/|QWidget|QApplication|QDialog|QMainWindow|QLabel|QPushButton|'
    r'QMessageBox|QFileDialog|QTableWidget|QTreeWidget|QLineEdit|QComboBox)')


# A file longer than this does more than one thing.
MAX_LINES = 650


def sources(root, folder):
    for base, _, names in os.walk(os.path.join(root, folder)):
        for name in sorted(names):
            if name.endswith((".cpp", ".h")):
                yield os.path.join(base, name)


def lines(path):
    with open(path, encoding="utf-8") as f:
        for number, text in enumerate(f, 1):
            yield number, text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    root = parser.parse_args().source
    problems = []
    checked = 0

    def flag(path, number, why):
        problems.append(f"{os.path.relpath(path, root)}:{number}: {why}")

    undo_bases = []
    for folder in ("app", "ui", "models"):
        for path in sources(root, folder):
            checked += 1
            rel = os.path.relpath(path, root)
            in_storage = rel.startswith("models/storage/")
            count = 0
            for number, text in lines(path):
                count = number
                if folder == "ui" and re.search(r'#include\s*"storage/', text):
                    flag(path, number, "a ui file includes a storage header")
                if folder in ("ui", "app") and re.search(r'#include\s*<QSql', text):
                    flag(path, number, "Qt SQL outside models/storage")
                if folder == "models" and not in_storage and re.search(
                        r'#include\s*<QSql(Query|Database|Error|Record)', text):
                    flag(path, number, "Qt SQL outside models/storage")
                if folder == "models" and WIDGET_HEADERS.search(text):
                    flag(path, number, "a widget header in models/")
                if folder == "models" and re.search(r'#include\s*"(ui|app|cli)/', text):
                    flag(path, number, "models/ includes from a higher layer")
                if folder == "ui" and re.search(r'#include\s*"(cli)/', text):
                    flag(path, number, "ui/ includes from app/")
                if rel.startswith("models/domain/") and re.search(
                        r'#include\s*"(storage|services|io|itemmodels|rules)/', text):
                    flag(path, number, "the domain includes a layer above it")
                if folder == "ui" and re.search(r'public\s+QUndoCommand\b', text):
                    undo_bases.append(f"{rel}:{number}")
            if count > MAX_LINES:
                flag(path, count, f"{count} lines; split it by concern (at most {MAX_LINES})")
    for where in undo_bases:
        if not where.startswith("ui/undo/UndoCommand.h:"):
            problems.append(f"{where}: an undo command that does not derive from UndoCommand")
    names = 0
    for path in sources(root, "ui"):
        for number, text in lines(path):
            if re.search(r'\bclass\s+ChangeRecordCommand\s*:', text):
                names += 1
    if names != 1:
        problems.append(f"ui/: {names} classes named ChangeRecordCommand; there must be one")

    print(f"structure: {checked} files in app/, ui/ and models/ checked; "
          f"{len(problems)} problems")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
