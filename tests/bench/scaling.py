#!/usr/bin/env python3
"""tests/bench/scaling.py — cost per byte of one page as it grows.

For each input class (distinct people, distinct figures, distinct
sentences in one paragraph, paragraphs, tag nesting) one page is made at
1x, 2x, 4x and 8x its base size and exported headless once per repeat
(`gisa --export=jsonl -j1 --max-page-size=1G PAGE`); the CPU time of the
child (user + sys, the least of the repeats, so other load on the machine
counts little) is divided by the page's bytes.  A class whose time per
byte at 8x is more than twice that at 1x grows super-linearly and is
marked.  Not a test: run it with `make bench-scaling`.

  scaling.py [--gisa PATH] [--repeat N] [--scale S] [--classes a,b] [--keep DIR]

--scale multiplies every base size (0.25 for a quick look).
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile

SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍".split()
SYL = ("가 나 다 라 마 바 사 아 자 차 카 타 파 하 경 민 수 영 준 현 지 우 서 연 "
       "도 윤 호 재 성 진 태 상 동 원 석 훈 혁 철 희 은 선 미 정 숙 기 용 종 명").split()
TITLES = "장관 차관 대표 사장 의원 위원장 회장 청장 국장 교수".split()
ORGS = "과학기술정보통신부 산업통상자원부 기획재정부 삼성전자 현대자동차 LG에너지솔루션 한국은행 서울대".split()
UNITS = ["원", "억원", "개", "명", "장", "대", "%", "톤"]
VERBS = "밝혔다 말했다 강조했다 설명했다 덧붙였다 전했다 주장했다 내다봤다".split()


def word(r, n):
    return "".join(r.choice(SYL) for _ in range(n))


def people(k, r):
    """k sentences, each naming a person not named before, then a
    back-reference (성 + title) to a random earlier one."""
    out, seen = [], set()
    while len(seen) < k:
        name = r.choice(SURNAMES) + word(r, 2)
        if name in seen:
            continue
        seen.add(name)
        t = r.choice(TITLES)
        out.append(f"{name} {r.choice(ORGS)} {t}은 {word(r, 2)} {word(r, 3)}에 대해 "
                   f"{word(r, 2)}하다고 {r.choice(VERBS)}. {name[0]} {t}은 {word(r, 2)}도 {r.choice(VERBS)}.")
    return "배경훈 장관 인터뷰\n\n" + "\n".join(" ".join(out[i:i + 5]) for i in range(0, len(out), 5)) + "\n"


def figures(k, r):
    out = []
    for i in range(k):
        v = f"{i // 100 + 1}조{i % 100 * 100 + r.randint(1, 99)}억원" if i % 2 else f"{i + 1:,}{r.choice(UNITS)}"
        out.append(f"{word(r, 2)}{word(r, 2)} 규모는 {v}으로 {r.choice(VERBS)}.")
    return "예산 집계\n\n" + "\n".join(" ".join(out[i:i + 5]) for i in range(0, len(out), 5)) + "\n"


def sentences(k, r):
    """k distinct sentences jammed into one paragraph (no line breaks)."""
    out = [f"{word(r, 2)} {word(r, 3)}는 {word(r, 2)} {word(r, 2)}을 {word(r, 2)}했다고 {r.choice(VERBS)}."
           for _ in range(k)]
    return "긴 문단\n\n" + " ".join(out) + "\n"


def paragraphs(k, r):
    out = [f"<p>{word(r, 2)} {word(r, 3)}는 {word(r, 2)} {word(r, 2)}을 {word(r, 2)}했다고 {r.choice(VERBS)}.</p>"
           for _ in range(k)]
    return "<html><head><title>문단이 많은 기사</title></head><body>" + "".join(out) + "</body></html>\n"


def nesting(k, r):
    body = " ".join(f"{word(r, 2)} {word(r, 3)}는 {word(r, 2)}했다고 {r.choice(VERBS)}." for _ in range(20))
    tags = ["div", "span", "section", "b", "i", "font"]
    opens = "".join(f"<{tags[i % len(tags)]} class=\"c{i}\">" for i in range(k))
    closes = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(k)))
    return f"<html><head><title>깊이 중첩된 기사</title></head><body>{opens}<p>{body}</p>{closes}</body></html>\n"


CLASSES = {  # name: (generator, base count)
    "people": (people, 500),
    "figures": (figures, 4000),
    "sentences": (sentences, 8000),
    "paragraphs": (paragraphs, 8000),
    "nesting": (nesting, 20000),
}


def cpu_of(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"scaling.py: {' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[:300]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gisa", default="src/gisa")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--classes", default=",".join(CLASSES))
    ap.add_argument("--keep", help="write the pages into DIR and keep them")
    a = ap.parse_args()
    d = a.keep or tempfile.mkdtemp(prefix="gisa-scaling-")
    os.makedirs(d, exist_ok=True)
    small = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bad", "cases", "good.txt")
    base_cpu = min(cpu_of([a.gisa, "--export=jsonl", "-j1", small]) for _ in range(a.repeat))
    print(f"start-up (one small page): {base_cpu * 1000:.1f} ms CPU, subtracted below\n")
    print("| class | x | count | bytes | CPU s | us/KB | vs 1x |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    worst = []
    for name in a.classes.split(","):
        gen, base = CLASSES[name]
        first = None
        for mult in (1, 2, 4, 8):
            k = max(1, int(base * a.scale * mult))
            text = gen(k, random.Random(f"{name}-{k}"))
            ext = ".html" if text.startswith("<") else ".txt"
            path = os.path.join(d, f"{name}-{mult}x{ext}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            size = os.path.getsize(path)
            cpu = min(cpu_of([a.gisa, "--export=jsonl", "-j1", "--max-page-size=1G", path])
                      for _ in range(a.repeat))
            net = max(cpu - base_cpu, 1e-6)
            per = net / size * 1024 * 1e6
            if first is None:
                first = per
            ratio = per / first
            print(f"| {name} | {mult} | {k} | {size} | {net:.3f} | {per:.1f} | {ratio:.2f}"
                  f"{' **super-linear**' if mult == 8 and ratio > 2 else ''} |", flush=True)
            if not a.keep:
                os.unlink(path)
        if ratio > 2:
            worst.append(f"{name} ({ratio:.1f}x per byte at 8x)")
    if not a.keep:
        os.rmdir(d)
    print()
    print("super-linear: " + (", ".join(worst) if worst else "none (time per byte within 2x from 1x to 8x)"))


if __name__ == "__main__":
    main()
