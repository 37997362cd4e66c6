#!/usr/bin/env python3
# Alternated cold runs of several commands, each timed by wait4: wall, CPU (user+sys of the whole process, the
# kernel's own accounting, finer than /usr/bin/time's 10 ms) and peak RSS, medians and minima. On a loaded machine
# read the CPU column. Usage: bench/scripts/cpu-alternate.py RUNS 'label::command args' ['label2::command' ...]
import os, sys, time, statistics, subprocess, shlex
runs = int(sys.argv[1]); cases = [a.split('::', 1) for a in sys.argv[2:]]
res = {l: [] for l, _ in cases}
for i in range(runs):
    for l, c in cases:
        t0 = time.time()
        pid = os.fork()
        if pid == 0:
            fd = os.open('/dev/null', os.O_WRONLY); os.dup2(fd, 1); os.dup2(fd, 2)
            args = shlex.split(c); os.execvp(args[0], args)
        _, st, ru = os.wait4(pid, 0)
        res[l].append(((time.time() - t0) * 1000, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss))
for l, _ in cases:
    w = sorted(x[0] for x in res[l]); c = sorted(x[1] for x in res[l]); m = sorted(x[2] for x in res[l])
    print(f"{l:12s} wall {statistics.median(w):7.1f} (min {w[0]:6.1f})  cpu {statistics.median(c):7.1f} (min {c[0]:6.1f})  rss {statistics.median(m)/1024:6.1f} MB")
print("load", open('/proc/loadavg').read().split()[:3])
