#!/usr/bin/env python3
"""mutate.py RESOURCES CASE OUT: writes the archive CASE names ("BASE flip OFF:XOR,..." or "BASE cut LEN")."""
import sys
res, case, out = sys.argv[1], sys.argv[2], sys.argv[3]
base, op, arg = case.split(" ")
data = bytearray(open("%s/%s.tgz" % (res, base), "rb").read())
if op == "flip":
    for pair in arg.split(","):
        off, x = pair.split(":")
        data[int(off) % len(data)] ^= int(x, 16)
elif op == "cut":
    data = data[:int(arg)]
open(out, "wb").write(data)
