#!/usr/bin/env python3
"""Renders every case in cases/ with the real Helm 4.3.2 ($HELM4, else ~/.cache/helm4/v4.3.2/helm) and writes
helm4-expected/<case>.yaml for each case that renders in both and whose output differs from expected/ (Helm
3.21, by helm-oracle) other than by Helm 4.2's blank lines between documents: the values Helm 4 computes
differently (4.2.0 drops a chart default's null). ValuesOracleDiffTest compares with helm4-expected/ where a
file is there. Error texts stay Helm 3.21's (expected/). As the oracle does, all --set flags are joined."""
import json, os, subprocess, sys, pathlib
here = pathlib.Path(__file__).resolve().parent
helm = os.environ.get("HELM4", os.path.expanduser("~/.cache/helm4/v4.3.2/helm"))
out = here / "helm4-expected"
out.mkdir(exist_ok=True)
for f in out.iterdir():
    f.unlink()
def squeeze(t):
    return "\n".join(l for l in t.splitlines() if l.strip())
n = 0
for case in sorted((here / "cases").glob("*.json")):
    c = json.loads(case.read_text())
    name = case.stem
    cmd = [helm, "template", c["releaseName"], str(here / c["chart"]), "-n", c["namespace"], "--kube-version", c["kubeVersion"]]
    for v in c["valuesFiles"]:
        cmd += ["-f", str(here / v)]
    if c["set"]:
        cmd += ["--set", ",".join(c["set"])]
    p = subprocess.run(cmd, capture_output=True, cwd=here)
    old_y = here / "expected" / (name + ".yaml")
    old_e = here / "expected" / (name + ".error.txt")
    if p.returncode == 0:
        new, old = p.stdout.decode(), old_y.read_text() if old_y.exists() else None
        if old is not None and squeeze(new) != squeeze(old):
            (out / (name + ".yaml")).write_text(new); n += 1
print(f"{n} cases differ from Helm 3.21's expected/", file=sys.stderr)
