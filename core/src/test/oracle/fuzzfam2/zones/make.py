#!/usr/bin/env python3
# make.py: the zone files of zones.txt, from this machine's /usr/share/zoneinfo/Asia/Tokyo (committed, so the cases
# do not depend on the tz database that made them): tokyo (a TZif file, for $TZ as an absolute path), dir/Test/Zone
# ($ZONEINFO as a directory), stored.zip (entries Test/Zone and Europe/Paris, both Tokyo's data, stored as Go reads
# them), deflated.zip (the same entries compressed: Go's loadTzinfoFromZip refuses them) and comment.zip (stored,
# with a zip comment: Go looks for the end record in the last 22 bytes only).
import os, zipfile
here = os.path.dirname(os.path.abspath(__file__))
data = open("/usr/share/zoneinfo/Asia/Tokyo", "rb").read()
open(os.path.join(here, "tokyo"), "wb").write(data)
os.makedirs(os.path.join(here, "dir", "Test"), exist_ok=True)
open(os.path.join(here, "dir", "Test", "Zone"), "wb").write(data)
for name, method, comment in [("stored.zip", zipfile.ZIP_STORED, b""), ("deflated.zip", zipfile.ZIP_DEFLATED, b""),
                              ("comment.zip", zipfile.ZIP_STORED, b"a comment")]:
    with zipfile.ZipFile(os.path.join(here, name), "w", method) as z:
        for entry in ["Test/Zone", "Europe/Paris"]:
            info = zipfile.ZipInfo(entry, (2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
        z.comment = comment
