#!/usr/bin/env bash
# Fingerprints of what the reference Helm prints (toJson and toYaml of .Values) for every values file
# of the shared corpus (/work/shared/corpus/charts: values.yaml of each chart and subchart, ci/*.yaml).
# Writes core/src/test/resources/io/helm4j/yaml/corpus-expected.tsv:
#   path<TAB>sha256(json)<TAB>sha256(yaml)   or   path<TAB>ERROR<TAB>message
# GoYamlCorpusTest compares against it when the corpus is present.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
res="$here/../../resources/io/helm4j/yaml"
corpus="${CORPUS:-/work/shared/corpus}"
oracle="${HELM_ORACLE:-/work/shared/oracle/helm-oracle}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/cases" "$tmp/out"
chart="${res#/}/oracle/chart"
i=0
(cd "$corpus/charts" && find . \( -name values.yaml -o -path '*/ci/*.yaml' \) | sed 's|^\./||' | sort) > "$tmp/list.txt"
while read -r f; do
  i=$((i + 1))
  printf '{"chart":"%s","releaseName":"x","namespace":"default","valuesFiles":["%s"]}\n' \
    "$(cd "$res/oracle/chart" && pwd | sed 's|^/||')" "${corpus#/}/charts/$f" > "$tmp/cases/$(printf '%04d' $i).json"
done < "$tmp/list.txt"
"$oracle" batch "$tmp/cases" / "$tmp/out" > "$tmp/log.txt" || true
python3 - "$tmp/list.txt" "$tmp/out" "$res/corpus-expected.tsv" <<'PY'
import hashlib, os, re, sys
names = open(sys.argv[1]).read().split("\n")[:-1]
out = sys.argv[2]
def unesc(s):
    return re.sub(r"<U\+([0-9A-F]{4})>", lambda m: chr(int(m.group(1), 16)), s).replace("<CR>", "\r")
rows = []
for i, name in enumerate(names, 1):
    base = os.path.join(out, "%04d" % i)
    if os.path.exists(base + ".error.txt"):
        msg = open(base + ".error.txt", encoding="utf-8").read()
        msg = msg[len("Error: "):].rstrip("\n")
        marker = name + ": "
        if marker in msg:
            msg = msg[msg.index(marker) + len(marker):]
        rows.append("%s\tERROR\t%s" % (name, msg.replace("\n", "\\n").replace("\t", "\\t")))
        continue
    lines = open(base + ".yaml", encoding="utf-8", newline="").read().split("\n")
    lines = lines[lines.index("kind: Probe") + 1:]
    lines = lines[:lines.index("#---END---")]
    j = lines.index("#---YAML---")
    js = unesc("\n".join(l[1:] for l in lines[:j]))
    ym = unesc("\n".join(l[1:] for l in lines[j + 1:]))
    h = lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest()
    rows.append("%s\t%s\t%s" % (name, h(js), h(ym)))
open(sys.argv[3], "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY
tail -1 "$tmp/log.txt"
