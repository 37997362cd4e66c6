#!/usr/bin/env python3
"""Builds a values-only copy of the shared corpus and what the reference Helm prints for it.

Every chart of ../shared/corpus/charts is copied to OUT/charts with each (sub)chart's templates/ replaced by
one template, `{{ toYaml .Values }}`, so `helm template` prints the coalesced values of every enabled chart.
Each corpus case is rewritten to point at the copy; the oracle's batch mode renders them into OUT/expected.
ValuesCorpusDiffTest (-Dhelm4j.values.corpus=OUT) compares helm4j's values with these.

    python3 prepare.py /work/shared /tmp/values-corpus
"""
import json
import os
import shutil
import subprocess
import sys

shared, out = sys.argv[1], sys.argv[2]
corpus = os.path.join(shared, "corpus")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(os.path.join(out, "cases"))


def strip(chart_dir):
    tdir = os.path.join(chart_dir, "templates")
    shutil.rmtree(tdir, ignore_errors=True)
    os.makedirs(tdir)
    with open(os.path.join(tdir, "values.yaml"), "w") as f:
        f.write("{{ toYaml .Values }}\n")
    shutil.rmtree(os.path.join(chart_dir, "crds"), ignore_errors=True)
    sub = os.path.join(chart_dir, "charts")
    if os.path.isdir(sub):
        for name in os.listdir(sub):
            p = os.path.join(sub, name)
            if os.path.isdir(p) and os.path.exists(os.path.join(p, "Chart.yaml")):
                strip(p)


for name in sorted(os.listdir(os.path.join(corpus, "charts"))):
    dst = os.path.join(out, "charts", name)
    shutil.copytree(os.path.join(corpus, "charts", name), dst, symlinks=False)
    strip(dst)

for name in sorted(os.listdir(os.path.join(corpus, "cases"))):
    with open(os.path.join(corpus, "cases", name)) as f:
        case = json.load(f)
    if case.get("expectError"):
        continue
    case["valuesFiles"] = [os.path.join(corpus, v) for v in case.get("valuesFiles", [])]
    case["expectedOutputFile"] = None
    case["includeCrds"] = False
    with open(os.path.join(out, "cases", name), "w") as f:
        json.dump(case, f)

oracle = os.path.join(shared, "oracle", "helm-oracle")
subprocess.run([oracle, "batch", os.path.join(out, "cases"), out, os.path.join(out, "expected")])
