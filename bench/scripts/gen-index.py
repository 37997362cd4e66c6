#!/usr/bin/env python3
"""Writes an index.yaml shaped like the public Bitnami one: many charts, many versions each, full metadata."""
import hashlib, sys, random
out, charts, versions = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(42)
with open(out, "w") as f:
    f.write("apiVersion: v1\nentries:\n")
    for c in range(charts):
        name = "chart%03d" % c
        f.write("  %s:\n" % name)
        for v in range(versions):
            ver = "%d.%d.%d" % (versions - v // 20, (versions - v) % 20, v % 7)
            f.write("  - annotations:\n      category: Database\n      images: |\n        - name: %s\n          image: docker.io/bitnami/%s:%s-debian-12-r%d\n      licenses: Apache-2.0\n" % (name, name, ver, v))
            f.write("    apiVersion: v2\n    appVersion: %s\n    created: \"2024-0%d-1%dT10:%02d:00.%06dZ\"\n" % (ver, 1 + v % 9, v % 10, v % 60, rnd.randrange(10**6)))
            f.write("    dependencies:\n    - name: common\n      repository: oci://registry-1.docker.io/bitnamicharts\n      tags:\n      - bitnami-common\n      version: 2.x.x\n")
            f.write("    description: %s is an open source chart used in benchmarks; it describes a database with replication, backups and metrics.\n" % name)
            f.write("    digest: %s\n" % hashlib.sha256(("%s-%s" % (name, ver)).encode()).hexdigest())
            f.write("    home: https://bitnami.com\n    icon: https://bitnami.com/assets/stacks/%s/img/%s-stack-220x234.png\n" % (name, name))
            f.write("    keywords:\n    - %s\n    - database\n    - sql\n    maintainers:\n    - name: Broadcom, Inc. All Rights Reserved.\n      url: https://github.com/bitnami/charts\n" % name)
            f.write("    name: %s\n    sources:\n    - https://github.com/bitnami/charts/tree/main/bitnami/%s\n" % (name, name))
            f.write("    urls:\n    - https://charts.example.com/%s-%s.tgz\n    version: %s\n" % (name, ver, ver))
    f.write("generated: \"2024-10-01T10:00:00.000000Z\"\n")
