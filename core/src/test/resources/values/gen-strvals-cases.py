#!/usr/bin/env python3
"""Writes seeded random --set cases (cases/strvals-rand-NN.json) for the empty chart; then run
generate-expected.sh to have the reference Helm parse them."""
import json
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20261125)
names = ["a", "b", "c", "list", "m", "x1", "a\\.b", "k\\=v", "n-1"]
values = ["1", "0", "01", "-7", "+3", "true", "False", "NULL", "null", "x", "1.5", "1e3", "", "a b",
          "{p,q}", "{1,true,null}", "{}", "s\\,t", "9223372036854775807", "9223372036854775808", "0x10"]


def name(depth=0):
    n = rnd.choice(names)
    r = rnd.random()
    if r < 0.25 and depth < 3:
        return n + "." + name(depth + 1)
    if r < 0.45:
        idx = "[" + str(rnd.choice([0, 1, 2, 3])) + "]"
        if rnd.random() < 0.3:
            idx += "[" + str(rnd.choice([0, 1])) + "]"
        if rnd.random() < 0.4 and depth < 3:
            return n + idx + "." + name(depth + 1)
        return n + idx
    return n


for i in range(60):
    parts = [name() + "=" + rnd.choice(values) for _ in range(rnd.randint(1, 5))]
    # the oracle can pass a --set through exactly only when the last value is a plain scalar
    parts.append(name() + "=" + rnd.choice([v for v in values if not any(c in v for c in ",\\{")]))
    expr = ",".join(parts)
    case = {"chart": "charts/empty", "releaseName": "r", "namespace": "default", "valuesFiles": [],
            "set": [expr], "kubeVersion": "1.35.0", "expectedOutputFile": "expected/strvals-rand-%02d.yaml" % i}
    with open(os.path.join(here, "cases", "strvals-rand-%02d.json" % i), "w") as f:
        json.dump(case, f, indent=1)
