#!/usr/bin/env python3
"""bases.py RESOURCES: from RESOURCES/dynamic.tgz (`helm create app && helm package app`), the same tar deflated with
fixed Huffman codes (fixed.tgz) and in stored blocks (stored.tgz), in gzip members as Go would read them; and
cases.txt beside this script: seeded flips and cuts of each base."""
import gzip, random, struct, sys, zlib, os
res = sys.argv[1]
tar = gzip.decompress(open(res + "/dynamic.tgz", "rb").read())
def member(raw):
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + raw + struct.pack("<II", zlib.crc32(tar), len(tar) & 0xffffffff)
c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FIXED)
open(res + "/fixed.tgz", "wb").write(member(c.compress(tar) + c.flush()))
c = zlib.compressobj(0, zlib.DEFLATED, -15)
open(res + "/stored.tgz", "wb").write(member(c.compress(tar) + c.flush()))
rnd = random.Random(8)
lines = []
for base in ("dynamic", "fixed", "stored"):
    size = os.path.getsize("%s/%s.tgz" % (res, base))
    for _ in range(60 if base != "stored" else 20):
        lines.append("%s flip %d:%02x" % (base, rnd.randrange(10, size - 8), rnd.choice([0xff, 0x01, 0x80, 0x10, 0x55])))
    for _ in range(8):
        lines.append("%s cut %d" % (base, rnd.randrange(0, size)))
lines += ["dynamic flip 10:07", "dynamic flip 10:06", "dynamic flip 2:01", "dynamic flip 3:02", "dynamic flip 3:08",
          "dynamic cut 0", "dynamic cut 10", "dynamic cut 11", "fixed flip 10:06", "stored flip 11:01"]
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt"), "w").write("\n".join(lines) + "\n")
