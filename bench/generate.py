#!/usr/bin/env python3
"""Writes a Flipside project with CHAPTERS generated chapters and THEMES meeting themes (long prompts) into DIR.

It starts from the example project in this repository (its scheme.yml, theme and logo), replaces the
`themes` block with generated themes and the chapter order with the generated chapters plus the built-in
pages, and writes one Markdown file per chapter (headings, lists, a table, links to its neighbours and
placeholders), about 4 KB each. The same arguments always give the same files.

usage: bench/generate.py REPO_ROOT DIR CHAPTERS THEMES
"""
import os
import random
import re
import shutil
import sys

BUILT_IN = ["purpose", "people", "matching", "timeline", "meetings", "themes", "agreement", "support", "diary",
            "community", "evaluation", "next-steps", "privacy", "downloads"]
WORDS = ("mentor mentee partner trainee listen learn trust culture feedback career confidential meeting "
         "reflect change policy inclusion support wellbeing agenda question honest safe power voice action "
         "evidence follow-up sponsor cohort agreement diary review respect curiosity").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng, sentences):
    return " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(sentences))


def chapter(rng, i, count):
    slug = "c%04d" % i
    lines = ["---", "title: Chapter %d — %s" % (i, sentence(rng, 4)[:-1]), "order: %d" % i,
             "summary: %s" % sentence(rng, 10), "---", "",
             "This chapter of the ${scheme.name} handbook is about %s. %s" % (rng.choice(WORDS), paragraph(rng, 3)), ""]
    for h in range(3):
        lines += ["## Section %d of chapter %d" % (h + 1, i), "", paragraph(rng, 4), ""]
        lines += ["- %s" % sentence(rng, 7) for _ in range(4)] + [""]
    lines += ["| Step | What happens |", "|---|---|"] + ["| %d | %s |" % (s + 1, sentence(rng, 6)) for s in range(3)]
    lines += ["", "Read on in [the next chapter](c%04d.html), or see [meeting themes](themes.html)." %
              (i % count + 1), ""]
    return slug, "\n".join(lines)


def themes_block(rng, count):
    out = ["themes:"]
    for t in range(1, count + 1):
        out += ["  - id: theme-%d" % t, "    title: Theme %d — %s" % (t, sentence(rng, 4)[:-1])]
        if t <= 6:
            out.append("    meeting: %d" % t)
        out += ["    summary: %s" % sentence(rng, 8), "    before: %s" % sentence(rng, 6), "    prompts:"]
        for role in ("mentor", "mentee", "both"):
            out.append("      %s:" % role)
            # Long prompts: several sentences each, as a scheme lead writing careful guidance would.
            out += ["        - \"%s\"" % paragraph(rng, 2).replace('"', "'") for _ in range(2)]
    return out


def main():
    repo, target, chapters, themes = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(chapters * 7919 + themes)
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(os.path.join(target, "content"))
    shutil.copytree(os.path.join(repo, "themes"), os.path.join(target, "themes"))
    shutil.copytree(os.path.join(repo, "content", "assets"), os.path.join(target, "content", "assets"))

    with open(os.path.join(repo, "scheme.yml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    blocks, current = [], None
    for line in lines:
        if re.match(r"^[a-z_]+:", line):
            current = [line]
            blocks.append(current)
        elif current is None:
            blocks.append([line])
        else:
            current.append(line)
    out = []
    for block in blocks:
        key = block[0].split(":")[0]
        if key == "themes":
            out += themes_block(rng, themes) + [""]
        elif key == "handbook":
            slugs = ["c%04d" % i for i in range(1, chapters + 1)]
            out += ["handbook:", "  chapters:"] + ["    - " + s for s in slugs[:1] + BUILT_IN + slugs[1:]]
            out += ["  paper: A4", "  packs: [agreement, diary, prompts, questionnaire, surveys, handbook, calendar]", ""]
        else:
            out += block
    with open(os.path.join(target, "scheme.yml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    for i in range(1, chapters + 1):
        slug, text = chapter(rng, i, chapters)
        with open(os.path.join(target, "content", slug + ".md"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
