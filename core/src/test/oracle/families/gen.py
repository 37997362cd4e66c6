#!/usr/bin/env python3
"""Writes cases.txt: the families of issue 12's typed-value differences, generated as a cross product.

Values of every Go type a template can hold (int constants small and beyond 32 bits, int64, uint8 from
[]byte and string indexes, float64, string with invalid bytes, bool, nil, slices, maps, typed slices and
maps, structs and pointers of Helm 4's Capabilities, durations) go through many fmt verbs with flags,
width and precision, and through the type functions (typeOf, kindOf, kindIs, typeIs), the serializers
(toJson, toYaml, toString, quote) and comparisons. Integer arithmetic at the int64 bounds and functions
with int parameters given values beyond 32 bits cover the overflow behaviour. generate.sh renders each
line with the real Helm 4.3.2; FamiliesOracleTest checks helm4j against it. Deterministic: no randomness.
"""
import os

VALUES = [
    "0", "1", "-1", "2147483647", "2147483648", "-2147483649", "3000000000", "9223372036854775807",
    "-9223372036854775808", "0x7f", "0b101", "'a'", "1.5", "-0.0", "1e300", "1e3",
    "(int64 5)", "(int64 3000000000)", "(int 3000000000.0)", "(int 5)", "(atoi \"5000000000\")", "(atoi \"12\")",
    "(len \"abc\")", "(first (.Files.GetBytes \"two.txt\"))", "(index \"abc\" 1)", "(index (.Files.GetBytes \"two.txt\") 2)",
    "(last (.Files.GetBytes \"two.txt\"))", "(.Files.GetBytes \"two.txt\")", "(float64 2)", "(add 1 2)",
    "\"str\"", "\"\\xff\\xfe\"", "\"é\"", "true", "nil", "(list 1 \"a\" 2.5)", "(list)", "(dict \"a\" 1 \"b\" \"x\")",
    "(dict)", "(splitList \",\" \"a,b\")", "(split \",\" \"a,b\")", "(until 3)", "(rest (list 1))",
    "(regexFindAll \"z\" \"abc\" -1)", "(mustToDuration \"90s\")", ".Capabilities.KubeVersion",
    ".Capabilities.APIVersions", "(semver \"1.2.3\").Major", "(toDecimal \"0777\")", "(max 3000000000 1)",
]

VERBS = ["%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%c", "%U", "%#U", "%e",
         "%f", "%g", "%t", "%5v", "%-6v|", "%.2v", "%05d", "%.20v", "%8.3v", "%+d", "% d", "%#x", "%x.", "%.1f",
         "%6.2f", "%-8q|", "%08.3f", "%w"]

FUNCS = ["typeOf {0}", "kindOf {0}", "kindIs \"int\" {0}", "kindIs \"int64\" {0}", "typeIs \"int\" {0}",
         "typeIsLike \"int\" {0}", "toJson {0}", "toYaml {0} | trim", "toString {0}", "quote {0}", "squote {0}",
         "toRawJson {0}", "print {0}", "empty {0}", "deepCopy {0} | printf \"%T\"", "len (list {0})",
         "list {0} | toJson", "dict \"k\" {0} | toJson", "default 7 {0}", "ternary 1 2 (empty {0})"]

# Integer overflow at the int64 bounds and Go int parameters given values beyond 32 bits.
OVERFLOW = [
    "{{ add 9223372036854775807 1 }}|{{ sub -9223372036854775808 1 }}|{{ mul 3000000000 3000000000 }}|{{ add1 9223372036854775807 }}",
    "{{ int 1e19 }}|{{ int64 1e19 }}|{{ int -1e19 }}|{{ int (float64 \"NaN\") }}|{{ int \"9223372036854775808\" }}|{{ int64 \"99999999999999999999\" }}",
    "{{ div 3000000000 2 }}|{{ mod 3000000001 2 }}|{{ max 3000000000 1 }}|{{ min -3000000000 1 }}|{{ biggest 1 3000000000 }}",
    "{{ printf \"%T %T %T %T\" (add 1 2) (int 3000000000) (atoi \"3000000000\") (len (list)) }}",
    "{{ trunc 3000000000 \"abc\" }}|{{ substr 0 3000000000 \"abc\" }}|{{ abbrev 3000000000 \"abcdef\" }}",
    "{{ trunc -3000000000 \"abc\" }}|{{ substr -3000000000 2 \"abc\" }}",
    "{{ $x := 3000000000 }}{{ printf \"%T\" $x }}|{{ $x | int64 | printf \"%T\" }}|{{ eq $x 3000000000 }}|{{ lt $x 4000000000 }}",
    "{{ eq 3000000000 (int64 3000000000) }}|{{ eq (first (.Files.GetBytes \"two.txt\")) 97 }}|{{ lt (index \"abc\" 0) 98 }}|{{ eq (index \"abc\" 0) (index \"abc\" 0) }}",
    "{{ range $i, $e := (.Files.GetBytes \"two.txt\") }}{{ printf \"%T:%T:%v \" $i $e $e }}{{ end }}",
    "{{ range $i := 3 }}{{ printf \"%T \" $i }}{{ end }}|{{ range $i := (int64 2) }}{{ printf \"%T \" $i }}{{ end }}",
    "{{ index (list 1 2 3) 3000000000 }}",
    "{{ index (list 1 2 3) (first (.Files.GetBytes \"two.txt\")) }}",
    "{{ slice \"abcdef\" 1 3000000000 }}",
    "{{ printf \"%*d|%.*f\" 3000000000 1 2 1.5 }}|{{ printf \"%*d\" (first (.Files.GetBytes \"two.txt\")) 1 }}",
    "{{ repeat (first (.Files.GetBytes \"one.txt\")) \"x\" }}",
    "{{ until (int64 3) }}",
    "{{ until 3 | toJson }}|{{ untilStep 0 6 2 | printf \"%T\" }}|{{ seq 3 | printf \"%T\" }}",
    "{{ first (.Files.GetBytes \"two.txt\") | add 1 | printf \"%T %v\" }}|{{ first (.Files.GetBytes \"two.txt\") | int | printf \"%T %v\" }}",
    "{{ (first (.Files.GetBytes \"two.txt\")) | toString }}|{{ (first (.Files.GetBytes \"two.txt\")) | quote }}|{{ list (first (.Files.GetBytes \"two.txt\")) | toYaml }}",
    "{{ initial (.Files.GetBytes \"two.txt\") | printf \"%T %v\" }}|{{ rest (.Files.GetBytes \"two.txt\") | toJson }}|{{ reverse (.Files.GetBytes \"two.txt\") | printf \"%v\" }}",
    "{{ has 97 (.Files.GetBytes \"two.txt\") }}|{{ has (first (.Files.GetBytes \"two.txt\")) (.Files.GetBytes \"two.txt\") }}|{{ without (.Files.GetBytes \"two.txt\") 97 | printf \"%v\" }}",
    "{{ mustFirst (.Files.GetBytes \"two.txt\") | printf \"%T\" }}|{{ mustLast (.Files.GetBytes \"two.txt\") | kindOf }}|{{ uniq (.Files.GetBytes \"two.txt\") | printf \"%T\" }}",
    "{{ (first (.Files.GetBytes \"two.txt\")) | mustToDuration }}|{{ (first (.Files.GetBytes \"two.txt\")) | durationSeconds }}",
    "{{ date \"2006\" 3000000000 }}|{{ dateInZone \"2006\" 3000000000 \"UTC\" }}|{{ date \"2006\" (int64 3000000000) }}",
    "{{ fromYaml \"a\\xc3\" }}|{{ fromYaml \"\\xff\\xfe\" }}|{{ fromYaml \"a: \\xff\" }}|{{ fromYaml \"\\xfe\\xff\\x00a\\x00:\\x00 \\x001\" }}",
    "{{ fromYamlArray \"- \\xc3\\x28\" }}|{{ fromYamlArray \"\\xff\\xfe-\\x00 \\x00b\\x00\" }}|{{ fromYaml \"a: \\xed\\xa0\\x80\" }}|{{ fromYaml \"a: \\xc0\\xaf\" }}",
    "{{ fromYaml \"\\xff\\xfea\" }}|{{ fromYaml \"\\xff\\xfe\\x00\\xdc\" }}|{{ fromYaml \"\\xff\\xfe\\x00\\xd8a\\x00\" }}|{{ fromYaml \"\\xff\\xfe\\x00\\xd8\" }}|{{ fromYaml \"\\x01\\xff\" }}",
    "{{ fromYaml \"\\xef\\xbb\\xbfa: 1\" }}|{{ fromYaml \"\\xff\\xfe\\xff\\xfe\" }}",
]

lines = ["# Generated by gen.py: do not edit. One template a line; generate.sh renders each with Helm 4.3.2."]
for v in VALUES:
    for i in range(0, len(VERBS), 7):
        group = VERBS[i:i + 7]
        fmt = "|".join(group)
        lines.append("{{ printf \"%s\" %s }}" % (fmt.replace('"', '\\"'), " ".join([v] * len(group))))
    lines.append("|".join("{{ " + f.format(v) + " }}" for f in FUNCS[:10]))
    lines.append("|".join("{{ " + f.format(v) + " }}" for f in FUNCS[10:]))
lines += OVERFLOW
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt"), "w") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines) - 1, "cases")
