#!/usr/bin/env python3
"""The comparison: a regex audit of the kind people write by hand. For each .md/.txt file under the folder,
it reports unreplaced placeholders (xx, x月x日), half-width punctuation between Chinese characters, missing
top-level sections (一、 … 四、), and measures without 责任人 or 完成时限, in compiler format. It checks far less
than `reviewmodel check` (no model, no links between problems, causes and measures, no catalogue).

usage: audit.py FOLDER
"""
import os
import re
import sys

PLACEHOLDER = re.compile(r"x月x日|xx条|xx|XX")
HALF_WIDTH = re.compile(r"[\u4e00-\u9fff][,;:()\"][\u4e00-\u9fff]")
SECTION = re.compile(r"^(?:#+\s*)?([一二三四])、", re.M)
MEASURE = re.compile(r"^(?:#+\s*)?（[一二三四五六七八九十]+）.*$", re.M)


def audit(path, out):
    text = open(path, encoding="utf-8").read()
    count = 0
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        for m in PLACEHOLDER.finditer(line):
            out.append(f"{path}({number},{m.start() + 1}): warning PLACEHOLDER: {m.group(0)}")
            count += 1
        for m in HALF_WIDTH.finditer(line):
            out.append(f"{path}({number},{m.start() + 2}): warning HALFWIDTH: {m.group(0)}")
            count += 1
    found = {m.group(1) for m in SECTION.finditer(text)}
    for section in "一二三四":
        if section not in found:
            out.append(f"{path}: error SECTION: 缺少“{section}、”")
            count += 1
    tail = text[text.rfind("四、"):] if "四、" in text else ""
    for m in MEASURE.finditer(tail):
        if "责任人" not in m.group(0) and "完成时限" not in m.group(0):
            out.append(f"{path}: warning OWNER: {m.group(0)[:20]}")
            count += 1
    return count


def main():
    out = []
    files = 0
    findings = 0
    for root, dirs, names in os.walk(sys.argv[1]):
        dirs.sort()
        for name in sorted(names):
            if name.endswith((".md", ".txt")):
                files += 1
                findings += audit(os.path.join(root, name), out)
    sys.stdout.write("\n".join(out) + "\n")
    sys.stdout.write(f"{files} files, {findings} findings\n")


if __name__ == "__main__":
    main()
