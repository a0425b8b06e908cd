#!/usr/bin/env python3
"""tests/bench/report.py BUILDDIR SRCDIR — the table behind `make bench`.

Every figure of ../shared/bench/README.md in one run, on the reference
corpus that ../shared/bench/gen_corpus.py writes (generated once under
BENCH_DIR, default $TMPDIR or /tmp, and kept):

  load time at 10% and 100% of BENCH_PAGES (default 100000) beside the
  two-process cat floor measured in the same run, the growth ratio, peak
  RSS against the corpus bytes, MB/s per core of each per-page stage,
  re-opening the jsonl export, near-duplicate precision and recall,
  first-screen time in tmux, search latency beside ripgrep, redraw time.

Timings are medians of BENCH_RUNS runs (default 3) with the page cache
warm.  Without gen_corpus.py (a checkout without ../shared) the corpus is
made by `bench gen` from the sample pages and the near-duplicate row is
left out.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

build, src = sys.argv[1], sys.argv[2]
pages = int(os.environ.get('BENCH_PAGES', '100000'))
runs = int(os.environ.get('BENCH_RUNS', '3'))
base = os.environ.get('BENCH_DIR') or os.environ.get('TMPDIR') or '/tmp'
gisa = os.path.join(build, 'src', 'gisa')
bench = os.path.join(build, 'tests', 'bench', 'bench')
bench_ui = os.path.join(build, 'tests', 'bench', 'bench_ui')
gen = os.environ.get('BENCH_GEN') or os.path.join(src, '..', 'shared', 'bench', 'gen_corpus.py')
check_links = os.path.join(os.path.dirname(gen), 'check_links.py')
rows = []


def say(msg):
    print(msg, file=sys.stderr, flush=True)


def row(what, value, note=''):
    rows.append((what, value, note))


def run(cmd, out=None):
    """Wall seconds and peak RSS (bytes) of one child process, its own
    (RUSAGE_CHILDREN would give the largest child of the whole run)."""
    t0 = time.monotonic()
    with open(out or os.devnull, 'wb') as f:
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
    t = time.monotonic() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f'bench: {" ".join(cmd)} failed')
    return t, ru.ru_maxrss * 1024


def median_run(cmd, out=None):
    got = [run(cmd, out) for _ in range(runs)]
    return statistics.median(t for t, _ in got), max(r for _, r in got)


def corpus(n):
    d = os.path.join(base, f'gisa-ref-{n}')
    manifest = d + '.tsv'
    if not os.path.exists(os.path.join(d, '.done')):
        shutil.rmtree(d, ignore_errors=True)
        say(f'bench: generating {n} pages in {d}')
        if os.path.exists(gen):
            subprocess.run([sys.executable, gen, '--docs', str(n), '--seed', 'gisa', '--jobs',
                            str(os.cpu_count() or 2), '--manifest', manifest, d],
                           check=True, stdout=subprocess.DEVNULL)
        else:
            subprocess.run([bench, 'gen', d, str(n), os.path.join(src, 'data', 'sample')],
                           check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(d, '.done'), 'w').close()
    return d, manifest if os.path.exists(manifest) else None


def tree_bytes(d):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs
               if not f.startswith('.'))


def cat_floor(d):
    cmd = ['sh', '-c', f'find "{d}" -type f -print0 | xargs -0 -P2 -n 2000 cat']
    run(cmd)  # warm the cache
    return median_run(cmd)[0]


def tmux_env():
    """An environment for gisa under tmux with a HOME of its own (no state,
    no config), and that HOME."""
    env = dict(os.environ, TERM='xterm-256color', LANG='C.UTF-8')
    home = tempfile.mkdtemp()
    env['HOME'] = env['XDG_STATE_HOME'] = env['XDG_CONFIG_HOME'] = home
    return env, home


def tmux_session(tm, env, cmd):
    """A detached 120x40 session running cmd; a server that dies as it
    starts (it happens under load) is started again, three times."""
    for attempt in range(3):
        if subprocess.run(tm + ['new-session', '-d', '-x', '120', '-y', '40', cmd],
                          env=env).returncode == 0:
            return
        subprocess.run(tm + ['kill-server'], env=env, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
    raise SystemExit('bench: tmux would not start a session')


def first_screen(d):
    """Milliseconds from starting the browser to its first non-blank screen."""
    if shutil.which('tmux') is None:
        return None
    sock = f'gisa-bench-{os.getpid()}'
    env, home = tmux_env()
    best = []
    for _ in range(runs):
        tmux_session(['tmux', '-L', sock], env, 'sleep 30')
        t0 = time.monotonic()
        subprocess.run(['tmux', '-L', sock, 'respawn-pane', '-k', '-t', '0', gisa, d],
                       env=env, check=True)
        got = None
        while time.monotonic() - t0 < 10:
            screen = subprocess.run(['tmux', '-L', sock, 'capture-pane', '-p'], env=env,
                                    capture_output=True, text=True).stdout
            if screen.strip():
                got = (time.monotonic() - t0) * 1e3
                break
            time.sleep(0.002)
        subprocess.run(['tmux', '-L', sock, 'kill-server'], env=env)
        if got is not None:
            best.append(got)
    shutil.rmtree(home, ignore_errors=True)
    return statistics.median(best) if best else None


def quit_latency(d):
    """Milliseconds from q to the end of gisa in each phase of the load,
    the phase seen on its status line: {phase: ms or None}.  tmux's
    polling (a few ms) is in the figure."""
    phases = {'reading': 'loading ', 'linking': 'linking near-duplicates',
              'indexing': 'indexing people and figures'}
    got = {}
    if shutil.which('tmux') is None:
        return got
    sock = f'gisa-bench-q-{os.getpid()}'
    env, home = tmux_env()
    tm = ['tmux', '-L', sock]
    for attempt in range(3):
        for phase, text in phases.items():
            if got.get(phase) is None:
                got[phase] = quit_in(tm, env, d, text)
    shutil.rmtree(home, ignore_errors=True)
    return got


def quit_in(tm, env, d, text):
    """Start gisa on d in tmux, send q when its status line shows text, and
    time its end (ms); None when that phase came and went unseen."""
    tmux_session(tm, env, 'sleep 60')
    subprocess.run(tm + ['set-option', '-t', '0', 'remain-on-exit', 'on'], env=env)
    subprocess.run(tm + ['respawn-pane', '-k', '-t', '0', gisa, d], env=env, check=True)
    t_end = time.monotonic() + 120
    ms = None
    while time.monotonic() < t_end:
        screen = subprocess.run(tm + ['capture-pane', '-p'], env=env,
                                capture_output=True, text=True).stdout
        last = screen.rstrip('\n').split('\n')[-1] if screen.strip() else ''
        if text in last:
            t0 = time.monotonic()
            subprocess.run(tm + ['send-keys', '-t', '0', 'q'], env=env)
            while time.monotonic() - t0 < 10:
                dead = subprocess.run(tm + ['display', '-p', '-t', '0', '#{pane_dead}'],
                                      env=env, capture_output=True, text=True).stdout.strip()
                if dead == '1':
                    ms = (time.monotonic() - t0) * 1e3
                    break
                time.sleep(0.001)
            break
        if screen.strip() and 'q quits' not in last:
            break  # past the load: the phase was too short to be seen
        time.sleep(0.002)
    subprocess.run(tm + ['kill-server'], env=env)
    return ms


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def main():
    small_n = max(1, pages // 10)
    big, manifest = corpus(pages)
    small, _ = corpus(small_n) if small_n != pages else (big, manifest)
    big_bytes, small_bytes = tree_bytes(big), tree_bytes(small)
    tmp = tempfile.mkdtemp()
    out = os.path.join(tmp, 'out.jsonl')
    try:
        say('bench: cat floor')
        floor = cat_floor(big)
        say('bench: load')
        t_small, _ = median_run([gisa, '--quiet', '--export=jsonl', small], out)
        t_big, rss = median_run([gisa, '--quiet', '--export=jsonl', big], out)
        row(f'load {small_n} pages ({small_bytes / 1e6:.0f} MB)', f'{t_small:.2f} s',
            f'{small_bytes / 1e6 / t_small:.1f} MB/s')
        row(f'load {pages} pages ({big_bytes / 1e6:.0f} MB)', f'{t_big:.2f} s',
            f'{t_big / floor:.1f}x the cat floor (target <= 8x)')
        row('cat floor, two processes', f'{floor:.2f} s', 'find | xargs -P2 cat, same run')
        row(f'growth {small_n} -> {pages}', f'{t_big / t_small:.1f}x',
            f'pages x{pages / small_n:.0f} (target <= 11x)')
        row('peak RSS', f'{rss / 2**20:.0f} MiB', f'{rss / big_bytes:.2f}x the corpus (target <= 0.8x)')
        if manifest and os.path.exists(check_links):
            res = subprocess.run([sys.executable, check_links, manifest, out],
                                 capture_output=True, text=True).stdout.strip()
            row('near-duplicates', res.split(': ', 1)[-1].split(' (')[0], res.split(' (', 1)[-1].rstrip(')'))
        jsonl_bytes = os.path.getsize(out)
        out2 = os.path.join(tmp, 'again.jsonl')
        t_re, rss_re = median_run([gisa, '--quiet', '--export=jsonl', out], out2)
        row('re-open the jsonl export', f'{t_re:.2f} s',
            f'{t_big / t_re:.1f}x faster than ingest, RSS {rss_re / jsonl_bytes:.2f}x the jsonl')
        os.unlink(out2)
        say('bench: stages')
        st = subprocess.run([bench, 'stages', small, '40'], capture_output=True, text=True,
                            check=True).stdout.splitlines()
        for line in st:
            if line.startswith('stages'):
                row('per-page stages, one core', line.split(': ', 1)[1], line.split(' (', 1)[1].split(')')[0])
            else:
                parts = line.split()
                row('  ' + ' '.join(parts[:-3]), f'{parts[-3]} MB/s', f'{parts[-1]} of the page time')
        say('bench: first screen')
        fs = first_screen(big)
        row('first screen', f'{fs:.0f} ms' if fs is not None else 'n/a',
            'browser started to first paint, tmux 120x40' if fs is not None else 'tmux missing')
        say('bench: q while loading')
        for phase, ms in quit_latency(big).items():
            row(f'q while {phase}', f'{ms:.0f} ms' if ms is not None else 'n/a',
                'q sent to gisa ended, tmux polling included (target <= 100 ms)'
                if ms is not None else 'the phase was over before it could be seen')
        say('bench: search')
        text = os.path.join(tmp, 'text.txt')
        subprocess.run([gisa, '--quiet', '--export=txt', big], stdout=open(text, 'wb'), check=True)
        pats = ['반도체', 'gpu', '[0-9]+조', r'\d+만\s?원', '배경훈|정부']
        res = subprocess.run([bench, 'search', big] + pats, capture_output=True, text=True,
                             check=True).stdout.splitlines()
        rg = shutil.which('rg')
        for p, line in zip(pats, [l for l in res if l.startswith('search ')]):
            ms = line.split('median')[1].split('ms')[0].strip()
            note = 'ripgrep not installed (apt-get install ripgrep)'
            if rg:
                ts = []
                for _ in range(5):
                    t0 = time.monotonic()
                    subprocess.run([rg, '--count-matches', '-S', '-e', p, text],
                                   stdout=subprocess.DEVNULL)
                    ts.append((time.monotonic() - t0) * 1e3)
                note = f'ripgrep {statistics.median(ts):.0f} ms'
            row(f'search {p}', f'{float(ms):.0f} ms', note)
        say('bench: redraw')
        ui = subprocess.run([bench_ui, '1000', str(pages)], capture_output=True, text=True).stdout
        for line in ui.splitlines():
            if 'median' in line:
                head, tail = line.split(': ', 1)
                med, rest = tail.split(', ', 1)
                row('redraw, ' + head.split(',', 1)[1].strip(), med.replace('median ', ''), rest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    w = max(width(r[0]) for r in rows)
    v = max(width(r[1]) for r in rows)
    print(f'gisa bench: {pages} reference pages, {os.cpu_count()} cores, median of {runs} runs')
    for what, value, note in rows:
        print(f'  {what}{" " * (w - width(what))}  {" " * (v - width(value))}{value}  {note}')


main()
