#!/usr/bin/env python3
"""Writes N review materials derived from the bundled sample (out/sample.md and .txt, as `reviewmodel demo`
writes them), each with variations: the year, numbers, placeholders filled or left, a paragraph dropped or
repeated, half-width punctuation fixed or introduced, .md or .txt. Deterministic for a given N and seed.

usage: make_corpus.py SAMPLE_DIR OUT_DIR N [SEED]
"""
import os
import random
import re
import sys


def variants(text, rng):
    year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    text = re.sub(r"20\d\d年", lambda m: f"{year}年", text)
    if rng.random() < 0.5:
        text = text.replace("x月x日", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日")
    if rng.random() < 0.5:
        text = text.replace("xx条", f"{rng.randint(3, 90)}条").replace("xx", str(rng.randint(2, 60)))
    if rng.random() < 0.3:
        text = text.replace('"', "").replace("“", "").replace("”", "")
    if rng.random() < 0.3:
        text = text.replace("，", ",", rng.randint(1, 5))
    text = re.sub(r"(?<=[^\d])(\d{1,3})(?=[次条个项人])", lambda m: str(max(1, int(m.group(1)) + rng.randint(-2, 5))), text)
    paragraphs = text.split("\n\n")
    body = list(range(2, len(paragraphs)))
    if len(body) > 4 and rng.random() < 0.4:
        # Drop one ordinary paragraph (never a heading) or repeat one.
        i = rng.choice(body)
        if not paragraphs[i].startswith("#") and not re.match(r"^[一二三四五六七八九十]+、", paragraphs[i]):
            if rng.random() < 0.5:
                del paragraphs[i]
            else:
                paragraphs.insert(i, paragraphs[i])
    return "\n\n".join(paragraphs)


def main():
    sample_dir, out_dir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2024)
    sources = {ext: open(os.path.join(sample_dir, "sample." + ext), encoding="utf-8").read() for ext in ("md", "txt")}
    for i in range(n):
        ext = "md" if i % 2 == 0 else "txt"
        folder = os.path.join(out_dir, f"{i // 1000:03d}")  # 1,000 files a folder, as a county's would be filed
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"材料{i:06d}.{ext}"), "w", encoding="utf-8") as f:
            f.write(variants(sources[ext], rng))


if __name__ == "__main__":
    main()
