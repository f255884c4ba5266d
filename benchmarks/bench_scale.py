"""How `build` and `extract` grow with the input: time and peak memory at 100 KB, 1 MB and 10 MB.

Not a test: `make bench-scale` (or `python benchmarks/bench_scale.py --sizes 100K,1M`) prints, for each
adversarial input of issue 8, the time and peak resident memory of each size and the ratio of one size
to the previous. Linear cost shows as a ratio near 10 for ×10 input (at most 12 is the target);
bounded memory as a peak that does not grow tenfold.

The inputs are generated here, so the benchmark stands on its own in a clone:

- dates:    «9 مارس 2022 » repeated
- clock:    «الساعة 10:30 يوم 9 مارس 2022 » repeated
- article:  a news-like article built from words (dates, weekdays, relative phrases, clock times,
            places and event words, drawn with a fixed seed) repeated to size

Each input is a JSONL file of articles of at most --article-bytes (1 MB; under the reader's
per-article limit), so 10 MB is ten articles: the benchmark measures the cost within one article
(100 KB -> 1 MB) and across articles (1 MB -> 10 MB). Every run is a fresh process (its own
peak RSS); a run that takes longer than --timeout seconds is stopped and shown as ">TIMEOUT".

Each run shows its wall time and its CPU time (user + system of the run itself). On a shared machine
the CPU time is the figure to compare: a run under `nice` beside CPU-bound jobs gets a share of the
cores that changes from one run to the next, and its wall-time ratio then measures the other jobs.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"K": 1000, "M": 1000_000}

WORDS = ("قال أعلن أكد الوزير الرئيس الحكومة المجلس الوفد الشركة البرلمان اللجنة المنظمة الاجتماع القمة "
         "المؤتمر الانتخابات الاتفاق المفاوضات المشروع الميزانية الإصلاح الاقتصادي السياسي الوطني الدولي "
         "في على من إلى عن مع بعد قبل خلال حول أن إن الذي التي هذا هذه كما وقد وكان حيث بين").split()
PLACES = "الرباط الجزائر تونس القاهرة بيروت دمشق عمان الرياض الدوحة بغداد".split()
EVENTS = "الاجتماع القمة المؤتمر الانتخابات المنتدى المعرض الزيارة المباراة".split()
MONTHS = "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split()
TIMES = [
    lambda r: f"يوم {r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2015, 2024)}",
    lambda r: f"في {r.choice(MONTHS)} المقبل",
    lambda r: f"الأسبوع الماضي",
    lambda r: f"يوم {r.choice(['الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'])} المقبل",
    lambda r: f"الساعة {r.randint(8, 20)}:{r.choice(['00', '15', '30', '45'])} صباحا",
    lambda r: f"قبل {r.choice(['ثلاثة', 'خمسة', 'عشرة'])} أيام",
    lambda r: f"أوائل {r.choice(MONTHS)} الماضي",
    lambda r: f"عام {r.randint(1990, 2021)}",
]


def generated_article(seed: int = 8, sentences: int = 40) -> str:
    """A news-like article from words: every sentence holds an event word, a place and a time expression."""
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = rng.sample(WORDS, 8)
        out.append(f"{' '.join(words[:4])} {rng.choice(EVENTS)} {rng.choice(TIMES)(rng)} في {rng.choice(PLACES)} "
                   f"{' '.join(words[4:])}.")
    return "\n".join(" ".join(out[i:i + 4]) for i in range(0, len(out), 4)) + "\n"


INPUTS = {
    "dates": lambda: "9 مارس 2022 ",
    "clock": lambda: "الساعة 10:30 يوم 9 مارس 2022 ",
    "article": generated_article,
}


def parse_size(text: str) -> int:
    text = text.strip().upper().rstrip("B")
    return int(float(text[:-1]) * UNITS[text[-1]]) if text[-1] in UNITS else int(text)


def label(size: int) -> str:
    return f"{size / 1000_000:g} MB" if size >= 1000_000 else f"{size / 1000:g} KB"


def write_input(path: Path, unit: str, size: int, article_bytes: int) -> None:
    """JSONL articles of at most `article_bytes` of text each, `size` bytes of text in all."""
    unit_bytes = len(unit.encode("utf-8"))
    with path.open("w", encoding="utf-8") as stream:
        left, number = size, 0
        while left > 0:
            number += 1
            take = min(left, article_bytes)
            text = f"المقال {number}\n" + unit * max(1, take // unit_bytes)  # distinct texts: not merged as copies
            stream.write(json.dumps({"id": f"bench-{number}", "published": "2022-03-09T10:00:00+01:00",
                                     "title": "اختبار", "text": text}, ensure_ascii=False) + "\n")
            left -= take


CHILD = r"""
import json, resource, sys, time, tempfile
command, path = sys.argv[1], sys.argv[2]
from datetime import date
from timeline.engine import extract_article
from timeline.model import Article
from timeline.site import build
from timeline.sources import read_articles
extract_article(Article("warm-up", "الساعة 10:30 يوم 9 مارس 2022 في ماي المقبل", date(2022, 3, 9)))  # compile the rules
started, cpu = time.perf_counter(), time.process_time()
if command == "extract":
    batch = read_articles([path])
    count = sum(len(extract_article(article)) for article in batch.articles)
else:
    with tempfile.TemporaryDirectory() as out:
        count = len(build([path], out + "/site").events)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "count": count}))
"""


def measure(command: str, path: Path, timeout: float) -> dict | None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, command, str(path)], capture_output=True, text=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"{command} {path} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100K,1M,10M", help="comma-separated sizes of text (default 100K,1M,10M)")
    parser.add_argument("--inputs", default=",".join(INPUTS), help=f"which inputs (default {','.join(INPUTS)})")
    parser.add_argument("--commands", default="extract,build")
    parser.add_argument("--article-bytes", type=parse_size, default=1000_000)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per run (default 300)")
    options = parser.parse_args()
    sizes = [parse_size(s) for s in options.sizes.split(",")]

    print(f"{'input':8} {'command':8} {'size':>7} {'seconds':>9} {'cpu s':>9} {'peak MB':>8} {'found':>8} "
          f"{'time x':>7} {'cpu x':>6} {'mem x':>6}")
    worst = worst_cpu = 0.0
    stopped: list[str] = []  # runs stopped by the timeout: their ratio is not in `worst`
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        for name in options.inputs.split(","):
            unit = INPUTS[name]()
            for command in options.commands.split(","):
                previous = None
                for size in sizes:
                    path = Path(folder) / f"{name}-{size}.jsonl"
                    if not path.exists():
                        write_input(path, unit, size, options.article_bytes)
                    result = measure(command, path, options.timeout)
                    if result is None:
                        print(f"{name:8} {command:8} {label(size):>7} {'>' + str(int(options.timeout)):>9}   (stopped)")
                        if previous:  # at least timeout / previous time: the ratio is known to exceed that
                            stopped.append(f"{name} {command} {label(size)}: "
                                           f"x{options.timeout / max(previous['seconds'], 1e-6):.0f} or more")
                        else:
                            stopped.append(f"{name} {command} {label(size)}: over {options.timeout:g} s")
                        break  # the larger sizes would only take longer
                    ratio = cpu_ratio = mem = ""
                    if previous:
                        growth = result["seconds"] / max(previous["seconds"], 1e-6)
                        cpu_growth = result["cpu"] / max(previous["cpu"], 1e-6)
                        scale = size / previous["size"]
                        ratio, cpu_ratio = f"{growth:.1f}", f"{cpu_growth:.1f}"
                        mem = f"{result['peak_mb'] / previous['peak_mb']:.1f}"
                        worst = max(worst, growth * 10 / scale)
                        worst_cpu = max(worst_cpu, cpu_growth * 10 / scale)
                    print(f"{name:8} {command:8} {label(size):>7} {result['seconds']:9.2f} {result['cpu']:9.2f} "
                          f"{result['peak_mb']:8.0f} {result['count']:8} {ratio:>7} {cpu_ratio:>6} {mem:>6}", flush=True)
                    previous = {**result, "size": size}
    print(f"worst time ratio for x10 input: {worst:.1f} wall, {worst_cpu:.1f} CPU (linear: about 10; the target "
          f"is at most 12)" + (" among the runs that finished" if stopped else ""))
    for line in stopped:
        print(f"stopped at the timeout: {line}")


if __name__ == "__main__":
    main()
