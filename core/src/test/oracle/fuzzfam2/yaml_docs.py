#!/usr/bin/env python3
# yaml_docs.py: YAML documents around the go-yaml v2 scanner rules that snakeyaml does not share, one JSON string a
# line: tags (handles, URI characters with ',[]', %-escapes, verbatim tags, the end of a tag) in 29 contexts, block
# scalar headers followed by a comment without a blank, and %YAML/%TAG directives (before and after content, every
# scanner error of scan_directive), '?', '-' and ':' in flow collections (go-yaml's KEY token whatever follows, its
# parser skipping the token after a key in a flow sequence, a plain '-', a plain scalar read through ':' before a
# flow indicator), and the documents of ../fuzzfam/yaml_holes.py that differed before. gen.py makes `fromYaml DOC | toJson` cases of them for Helm 4.3.2 to judge.
import json
tags = ["!", "!!", "!x", "!x!", "!x!y", "!!str", "!!int", "!!map", "!!seq", "!<x>", "!<>", "!<tag:yaml.org,2002:str>", "!<!>", "!x,", "!,", "![", "!]", "!{", "!}", "!%41", "!%4", "!%C3", "!%C3%A9", "!%FF", "!%C3%41", "!a%20b", "!x;y", "!x:y", "!x?y", "!x#y", "!x'y", "!x\"y", "!x|y", "!é", "!!binary", "!!null", "!!bool", "!!float", "!!timestamp", "!!merge", "!x!,", "!!,", "!<x", "!<x,y>", "!x]y", "!x[", "!x&y", "!x*y", "!x@y", "!x`y", "!x%", "!!str,", "!e!x"]
ctx = ["a: T 1", "a: T", "T a", "- T 1", "[T 1]", "[T, 1]", "[T]", "{a: T 1}", "{T a: 1}", "{a: T}", "T\na: 1", "a: T\n  b: 1",
       "a: T |\n  x", "T: 1", "a: T 'x'", "a: T \"x\"", "a: T [1]", "a: T {b: 1}", "a: T &x 1", "a: &x T 1", "a: T\tb",
       "? T x\n: 1", "a: T # c", "a: [1, T]", "a:\n  - T\n  - 2", "a: T\n", "a: [T\n]", "a: {b: T,\n c: 1}", "a: b\nc: T 1 2"]
out = []
for c in ctx:
    for t in tags:
        out.append(c.replace("T", t))
for h in ["|#", ">-#c", "|2#", "|+ #", "|#c\n  x", ">#\n  x\n", "|-1#\n   x", "|+#c\n  x\n\n", ">2-#\n   x", "|#\n", "|9#\n         x"]:
    out += ["a: " + h, "- " + h, "a:\n  b: " + h.replace("\n", "\n  "), h, "[" + h + "]"]
out += ["%YAML 1.1\n---\na: 1", "%YAML 1.2\n---\na: 1", "%TAG ! tag:x,2000:\n---\na: !b 1", "%TAG !e! tag:e.com,2000:\n---\na: !e!x 1",
        "%FOO\n---\na: 1", "a: 1\n%b", "a: 1\n%", "a: 1\n% b", "[\n%a]", "a: |\n%b\n", "a: 1\n%YAML 1.1", "a: 1\n---\n%YAML 1.1\n---\nb: 2",
        "%YAML 1.1\n%YAML 1.1\n---\na: 1", "%YAML 2.0\n---\na: 1", "%YAML 1.1 # c\n---\na: 1", "%TAG !x! y\n---\na: !x!z 1", "%TAG ! !\n---\na: 1",
        "%YAML1.1\n---\n", "%YAML 1\n---\n", "%YAML a.b\n---\n", "%TAG !x! y\n%TAG !x! z\n---\na: 1", "%TAG x y\n---\n", "%TAG !x y\n---\n",
        "%TAG !x! \n---\n", "%YAML 1.1\na: 1", "%YAML 1.1\n---", "%YAML 1.1\n...\n", "%\n---\n", "%%\n---\n", "%-\n---\n", "%a-b c\n---\nx: 1",
        "%YAML 1.10\n---\na: 1", "%YAML 01.1\n---\na: 1", "%YAML 1.1.1\n---\na: 1", "%YAML  1.1\n---\na: 1", "%YAML\t1.1\n---\na: 1",
        "%TAG !! tag:example.com,2000:\n---\na: !!int 1", "%TAG ! !foo\n---\na: !bar 1", "a: 1\n%TAG ! x\n---\nb: 2", "{a: 1,\n%b: 2}",
        "- 1\n%- 2", "a:\n%b: 1", "a: 'x\n%y'", "a: \"x\n%y\"", "a: x\n%y", "a: |\n  x\n%y", "#c\n%YAML 1.1\n---\na: 1", "\n%YAML 1.1\n---\na: 1"]
items = ["-", "?", ":", "- a", "? a", ": a", "-a", "?a", ":a", "a:b", "a:", "-1", "?-", "-?", "--", "??", "- ", "? ", "?,",
         "-,", "a?b", "a-b", "?\ta", "-\ta", "? a: b", "?a: b", "a: ?b", "?: a", "-: a", "a: -", "a: ?", "? a : b", "? [a]",
         "?[a]", "?{a: b}", "-[a]", "-{a: 1}", "?#c", "-#c", "- #c", "? #c"]
fctx = ["[H]", "[H, x]", "[x, H]", "[H,]", "[\nH\n]", "{H}", "{H, x: 1}", "{x: 1, H}", "{x: H}", "a: [H]", "a: {H}", "[[H]]",
        "[{H}]", "{x: [H]}"]
for c in fctx:
    for i in items:
        out.append(c.replace("H", i))
out += ["[!]", "[?]", "[-]", "{!}", "{?}", "[a, !]", "[a, ?]", "[a, -]", "{a: !}", "{a: ?}", "{?: a}",
        "a: [!]", "a: [?]", "a: [-]", "!# c", "|# c", "># c", "a: 1\n%b: 2", "- a\n%- b", "a: !# b", "a: !, b",
        "a: !] b", "a: !} b", "a: ![ b", "a: !{ b", "a: !` b", "a: !% b", "a: !\u00e9 b", "a: !| b", "a: !> b", "a: !\" b",
        "a: !\\ b", "a: !\u00a0 b", "[\n%a]", "[\n!a]", "{\n%a: 1}", "{\n?a: 1}", "a: [1,\n%2]", "a: [1,\n!2]", "a: [1,\n?2]"]
seen = set()
for s in out:
    if s not in seen:
        seen.add(s)
        print(json.dumps(s))
