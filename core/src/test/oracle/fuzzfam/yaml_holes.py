#!/usr/bin/env python3
# yaml_holes.py: the 2,762 YAML documents of fuzz family 6 (bench/README.md), one Go-quoted string a line: 60 contexts
# with a hole H filled with 41 troublemakers, and anchors/aliases named with every punctuation. The cases in cases.txt
# are `{{ fromYaml DOC | toJson }}` of those where helm4j differed from go.yaml.in/yaml/v2 (and controls); their
# expected outputs are rendered by Helm 4.3.2 (generate.sh).
import itertools, json
# contexts with a hole H; fill with troublemakers
ctx = ["H", "H\n", "a: H", "a: H\n", "a:H", "H: 1", "- H", "-H", "a:\n  H", "a:\n  - H", "[H]", "{H}", "[a, H]",
 "{a: H}", "{H: a}", "a: [H]", "a: b H", "a: bH", "a: 'H'", "a: \"H\"", "a: |\n  H", "a: |\n  x\n  H", "a: >\n  H",
 "H# c", "a: 1 H# c", "a: 1\nH\nb: 2", "a: 1\nHb: 2", "? H\n: 1", "---H\na: 1", "--- H", "H---", "a: 1\n...H",
 "- a\nH- b", "a:\n  b: 1\nH  c: 2", "a: &x 1\nb: *x H", "a: &x 1\nb: *xH", "a: &xH 1", "a: &H 1", "a: *H", "&H a",
 "*H", "[&H a]", "{&H a: 1}", "a: !!str H", "a: !H b", "H&x a", "a: 'b\nH c'", "a: \"b\nH c\"", "a: b\nH c", "- - H", "-  H",
 "a:  H", "a: H\nb: 1", "a:\n  b: H", "a:\n Hb: 1", "[\nHa]", "{\nHa: 1}", "a: [1,\nH2]", "a: H &x 1", "a: !!int H1"]
trouble = ["\t", " \t", "\t ", "\t\t", "\t#", "\t-", "\t:", "#", "&", "*", ".", "/", ":", ",", "]", "}", "[", "{", "@", "`",
 "%", "!", "é", "|", ">", "?", "'", "\"", "\\", "~", "=", "+", "$", "(", ";", "<", "\u00a0", "_", "-", "0", "x"]
out = []
for c in ctx:
    for t in trouble:
        out.append(c.replace("H", t))
# anchor names with punctuation
for ch in list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t") + ["é", "\u00a0", "日", "0", "_", "-"]:
    for tmpl in ["a: &x%sy 1", "a: &%s 1", "a: &x%s 1", "a: &x 1\nb: *x%sy", "a: &x 1\nb: *x%s", "- &x%s 1\n- 2", "[&x%s 1]", "{a: &x%s 1}", "&x%s\na: 1", "a: &x%s\n  b: 1", "a: *%s", "a: &a 1\nb: *a%s"]:
        out.append(tmpl % ch)
seen = set()
for s in out:
    if s in seen: continue
    seen.add(s)
    print(json.dumps(s))
