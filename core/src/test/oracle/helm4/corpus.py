#!/usr/bin/env python3
"""Renders every case of the shared corpus with the real Helm 4 and compares it with the stored
expectation (made with Helm 3.21 plus known Helm 4 adjustments) and, with --helm4j, with helm4j.

    corpus.py [--helm4j] [CORPUS_DIR] [OUT_DIR]

CORPUS_DIR defaults to ../shared/corpus beside the repository; Helm 4 is $HELM4, else
~/.cache/helm4/v4.3.2/helm; helm4j is bin/helm4j of this repository. Writes OUT_DIR/<case>.helm4 (and
.helm4j) and prints one line per case that differs, then a summary.
"""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.abspath(os.path.join(here, "../../../../.."))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
with_helm4j = "--helm4j" in sys.argv
corpus = os.path.abspath(args[0] if args else os.path.join(repo, "../shared/corpus"))
out = os.path.abspath(args[1] if len(args) > 1 else "/tmp/helm4-corpus")
helm4 = os.environ.get("HELM4", os.path.expanduser("~/.cache/helm4/v4.3.2/helm"))
os.makedirs(out, exist_ok=True)


def command(binary, c):
    cmd = [binary, "template", c["releaseName"], os.path.join(corpus, c["chart"]), "--namespace", c["namespace"]]
    for f in c.get("valuesFiles", []):
        cmd += ["-f", os.path.join(corpus, f)]
    for s in c.get("set", []):
        cmd += ["--set", s]
    if c.get("kubeVersion"):
        cmd += ["--kube-version", c["kubeVersion"]]
    if c.get("includeCrds"):
        cmd.append("--include-crds")
    return cmd


def run(binary, c):
    p = subprocess.run(command(binary, c), cwd=corpus, capture_output=True, text=True)
    if p.returncode != 0:
        return p.stderr
    return p.stdout


differ = {"stored": [], "helm4j": []}
names = sorted(n[:-5] for n in os.listdir(os.path.join(corpus, "cases")) if n.endswith(".json"))
for name in names:
    with open(os.path.join(corpus, "cases", name + ".json")) as f:
        c = json.load(f)
    with open(os.path.join(corpus, c["expectedOutputFile"])) as f:
        stored = f.read()
    h4 = run(helm4, c)
    with open(os.path.join(out, name + ".helm4"), "w") as f:
        f.write(h4)
    notes = []
    if h4 != stored:
        differ["stored"].append(name)
        notes.append("stored expectation differs from Helm 4")
    if with_helm4j:
        hj = run(os.path.join(repo, "bin/helm4j"), c)
        with open(os.path.join(out, name + ".helm4j"), "w") as f:
            f.write(hj)
        if hj != h4:
            differ["helm4j"].append(name)
            notes.append("helm4j differs from Helm 4")
    if notes:
        print(name + ": " + "; ".join(notes), flush=True)
print("%d cases; stored expectation differs from Helm 4 in %d%s" % (
    len(names), len(differ["stored"]),
    "; helm4j differs from Helm 4 in %d" % len(differ["helm4j"]) if with_helm4j else ""))
