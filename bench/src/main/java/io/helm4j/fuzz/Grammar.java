package io.helm4j.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator draws from: the template functions with the kinds of their arguments, and the
 * edge-case atoms of each kind. Kinds: S string, I int, F float, B bool, L list, M map, A anything,
 * n small int, R regular expression, P printf format, T type or kind name, K map key, D duration.
 * Functions whose result cannot be compared (time, randomness, network) appear only inside
 * deterministic atoms ({@code (len (randAlpha 5))}); {@link #EXCLUDED} says why each is left out.
 */
final class Grammar {
    private Grammar() { }

    /** A function: result kind, name, argument kinds (the last one is what a pipeline feeds). */
    record Fn(char result, String name, String args) { }

    static final List<Fn> FUNCTIONS = parse("""
        S upper S|S lower S|S title S|S untitle S|S trim S|S trimAll S S|S trimall S S|S trimPrefix S S
        S trimSuffix S S|S trunc n S|S substr n n S|S abbrev n S|S abbrevboth n n S|S repeat n S
        S replace S S S|S indent n S|S nindent n S|S wrap n S|S wrapWith n S S|S quote A|S squote A
        S cat A A|S printf P A|S toString A|S toYaml A|S toYamlPretty A|S mustToYaml A|S toJson A
        S mustToJson A|S toPrettyJson A|S mustToPrettyJson A|S toRawJson A|S mustToRawJson A|S toToml A
        S mustToToml A|S b64enc S|S b64dec S|S b32enc S|S b32dec S|S sha1sum S|S sha256sum S|S sha512sum S
        S adler32sum S|S nospace S|S initials S|S camelcase S|S kebabcase S|S snakecase S|S swapcase S
        S plural S S I|S join S A|L splitList S S|M split S S|M splitn S n S|L regexFindAll R S n
        L mustRegexFindAll R S n|S regexFind R S|S mustRegexFind R S|B regexMatch R S|B mustRegexMatch R S
        S regexReplaceAll R S S|S mustRegexReplaceAll R S S|S regexReplaceAllLiteral R S S
        S mustRegexReplaceAllLiteral R S S|L regexSplit R S n|L mustRegexSplit R S n|S regexQuoteMeta S
        B contains S S|B hasPrefix S S|B hasSuffix S S|S clean S|S base S|S dir S|S ext S|B isAbs S
        S osBase S|S osClean S|S osDir S|S osExt S|B osIsAbs S|M urlParse S|S urlJoin M|A semver S
        B semverCompare S S|I toDecimal S|S hello|S toStrings A|S ternary A A B|S htmlDate I
        I add A A|I add1 A|I sub A A|I mul A A|I div A A|I mod A A|I max A A|I min A A|I biggest A A
        F addf A A|F add1f A|F subf A A|F mulf A A|F divf A A|F maxf A A|F minf A A|F floor A|F ceil A
        F round A n|I int A|I int64 A|F float64 A|I atoi S|L seq n|L until n|L untilStep n n n
        A first A|A mustFirst A|A last A|A mustLast A|L rest A|L mustRest A|L initial A|L mustInitial A
        L reverse A|L mustReverse A|L uniq A|L mustUniq A|L compact A|L mustCompact A|L append A A
        L mustAppend A A|L push A A|L mustPush A A|L prepend A A|L mustPrepend A A|L concat A A
        L without A A|L mustWithout A A|B has A A|B mustHas A A|L sortAlpha A|L slice A n n
        L mustSlice A n n|A index A n|A index A K|L chunk n A|L mustChunk n A|B empty A|A default A A
        A coalesce A A|L list A A|L list|L tuple A|A deepCopy A|A mustDeepCopy A|B deepEqual A A
        S kindOf A|S typeOf A|B kindIs T A|B typeIs T A|B typeIsLike T A|I len A|L keys M|L values M
        M pick M K|M omit M K|M dict K A|M dict|M set M K A|M unset M K|B hasKey M K|A get M K
        A dig K A M|L pluck K M|M merge M M|M mustMerge M M|M mergeOverwrite M M|M mustMergeOverwrite M M|M fromYaml S
        L fromYamlArray S|M fromJson S|M mustFromJson S|L fromJsonArray S|M fromToml S|B all A A
        B any A A|A required S A|S derivePassword n S S S S|S duration A|S durationRound A
        F durationSeconds D|F durationMinutes D|F durationHours D|F durationDays D|F durationWeeks D
        I durationMilliseconds D|I durationMicroseconds D|I durationNanoseconds D|S durationRoundTo D D
        S durationTruncateTo D D|A mustToDuration A|S fail S|S tpl S A|S include K A|A lookup S S S S
        L pluck K A|S nospace A|S quote A A|S printf P A A|S print A A|S println A|S html S|S js S
        S urlquery S|B eq A A|B ne A A|B lt A A|B le A A|B gt A A|B ge A A|B and A A|B or A A|B not A
        A call A|S len A
        """);

    /** Functions left out of FUNCTIONS, and why. */
    static final Map<String, String> EXCLUDED = Map.ofEntries(
        Map.entry("now", "time; only (now | kindOf)"), Map.entry("date", "time zone of the process"),
        Map.entry("dateInZone", "time"), Map.entry("date_in_zone", "time"), Map.entry("dateModify", "time"),
        Map.entry("date_modify", "time"), Map.entry("mustDateModify", "time"), Map.entry("must_date_modify", "time"),
        Map.entry("ago", "time"), Map.entry("toDate", "time zone"), Map.entry("mustToDate", "time zone"),
        Map.entry("unixEpoch", "time"), Map.entry("htmlDateInZone", "time"),
        Map.entry("randAlpha", "random; only its length"), Map.entry("randAlphaNum", "random; only its length"),
        Map.entry("randAscii", "random; only its length"), Map.entry("randNumeric", "random; only its length"),
        Map.entry("randBytes", "random; only its length"), Map.entry("randInt", "random; (randInt 1 2)"),
        Map.entry("uuidv4", "random; only its length"), Map.entry("shuffle", "random; only its length"),
        Map.entry("bcrypt", "random salt; only its length"), Map.entry("htpasswd", "random salt; only its prefix"),
        Map.entry("encryptAES", "random IV; round trip through decryptAES"), Map.entry("decryptAES", "round trip only"),
        Map.entry("genCA", "random keys, and a 2048-bit RSA key takes seconds on a loaded machine"), Map.entry("genCAWithKey", "random keys"),
        Map.entry("genPrivateKey", "random keys; only its prefix"), Map.entry("genSelfSignedCert", "random keys"),
        Map.entry("genSelfSignedCertWithKey", "random keys"), Map.entry("genSignedCert", "random keys"),
        Map.entry("genSignedCertWithKey", "random keys"), Map.entry("buildCustomCert", "needs generated keys"),
        Map.entry("getHostByName", "network"));

    static final Map<Character, List<String>> ATOMS = atoms();

    private static Map<Character, List<String>> atoms() {
        Map<Character, List<String>> m = new LinkedHashMap<>();
        m.put('S', List.of("\"\"", "\"a\"", "\"Hello World\"", "\"héllo wörld\"", "\"日本語テキスト\"", "\"🎉x\"",
            "\"\\xff\\xfe\"", "\"a\\xc3\"", "\"\\x00\"", "\"a,b,,c\"", "\"  x  \"", "\"foo-bar_baz Qux\"", "\"123\"",
            "\"-1.5e3\"", "\"true\"", "\"null\"", "\"a: b\\nc: [1\"", "\"a: 1\\nb: [x, y]\"", "\"- 1\\n- two\"",
            "\"{\\\"a\\\":1}\"", "\"[1,\\\"x\\\",null]\"", "\"a = 1\"", "\"/w==\"", "\"aGk=\"", "\"NBSWY===\"",
            "\"1.2.3\"", "\"v1.30.0-beta.1\"", "\"/a/../b/./c.txt\"", "\"http://u:p@h:8/p?q=1#f\"", "\"%d%%\"",
            "\"$1\"", "\"line1\\nline2\\n\"", "\"\\t tab\"", "\"'\\\"<>&\"", "\"1h30m\"", "\"İı\"", "\"ǅ\"",
            ".Values.str", ".Values.uni", ".Values.num", ".Values.missing", ".Values.empty", ".Release.Name",
            ".Release.Namespace", ".Chart.Name", ".Chart.Version", ".Template.Name", ".Template.BasePath",
            "(.Files.Get \"files/bin.dat\")", "(.Files.Get \"files/a.txt\")", "(.Files.Get \"nope\")",
            "(.Files.Get \"files/u.txt\")", ".Capabilities.KubeVersion.Version", "(len (randAlpha 5) | toString)",
            "(uuidv4 | len | toString)", "(now | kindOf)", "(bcrypt \"x\" | len | toString)",
            "(htpasswd \"u\" \"p\" | trunc 6)", "(encryptAES \"k\" \"secret\" | decryptAES \"k\")",
            "(genPrivateKey \"ecdsa\" | trunc 30)", "(genPrivateKey \"ed25519\" | kindOf)", "(randBytes 9 | len | toString)",
            // Go strings are bytes (issue 12): cuts inside a multi-byte character, decoded binary, octal escapes
            "(substr 1 4 \"é€x\")", "(\"/w==\" | b64dec)", "(.Files.Get \"files/bin.dat\" | trunc 7)", "\"\\377\\303\"",
            "(trunc 1 \"日本\")", "(.Files.Get \"files/bin.dat\" | substr 3 9)"));
        m.put('I', List.of("0", "1", "-1", "3", "100", "9223372036854775807", "-9223372036854775808",
            "(len .Values.list)", ".Release.Revision", "(randInt 1 2)", "255", "(shuffle \"abc\" | len)"));
        m.put('F', List.of("1.5", "0.0", "-2.5", "1e300", "1e-300", ".Values.int", ".Values.float", ".Values.big",
            ".Values.huge", "(float64 \"NaN\")", "(float64 \"+Inf\")", "(float64 \"-Inf\")", "1e19", "-1e19",
            "0.1", "3.0"));
        m.put('B', List.of("true", "false", ".Values.bool", ".Release.IsInstall", ".Release.IsUpgrade"));
        m.put('L', List.of("(list)", "(list 1 \"a\" nil)", ".Values.list", ".Values.emptyList", "(list 3 1 2)",
            "(list \"b\" \"a\" \"b\")", ".Values.mixed", "(.Files.Lines \"files/a.txt\")",
            "(.Files.GetBytes \"files/bin.dat\")", "(.Files.GetBytes \"files/a.txt\")", "(list (list 1) (dict))",
            ".Capabilities.APIVersions", "(list nil)", "(deepCopy (splitList \",\" \"a\"))", "(regexFindAll \"x\" \"\" -1)",
            "(rest (list))", "(deepCopy (regexFindAll \"x\" \"\" -1))"));
        m.put('M', List.of("(dict)", "(dict \"a\" 1 \"b\" (list))", ".Values", ".Values.map", ".Values.nested",
            ".Values.emptyMap", ".Release", ".Chart", ".Capabilities.KubeVersion", "(split \",\" \"a,b\")",
            ".Template", "(.Files.Glob \"files/*\")", "(.Files.Glob \"files/*.txt\").AsConfig",
            "(dict \"z\" nil \"a\" (dict \"b\" 1.5))", ".Values.deep", "(fromYaml \"a: [1, {b: null}]\")",
            ".Chart.Metadata", ".Capabilities", ".Values.keys", ".Subcharts", "(deepCopy .Values)", "(deepCopy (split \",\" \"a\"))",
            "(merge (dict) .Values)"));
        m.put('n', List.of("-1", "0", "1", "2", "3", "5", "100"));
        m.put('R', List.of("\"a+\"", "\"[0-9]+\"", "\"(a)(b)?\"", "\"^\"", "\"\"", "\".\"", "\"\\\\pL\"",
            "\"(?i)A\"", "\"[[\"", "\"\\\\b\"", "\"x*\"", "\"(?P<n>o)\"", "\"é|日\"", "\"\\\\s+\"", "\"[^a-z]\""));
        m.put('P', List.of("\"%v\"", "\"%T\"", "\"%q\"", "\"%d\"", "\"%s\"", "\"%x\"", "\"%5.2f\"", "\"%+v\"",
            "\"%#v\"", "\"%e\"", "\"%g\"", "\"%08.3f\"", "\"%-5s|\"", "\"%c\"", "\"%U\"", "\"%b\"", "\"%o\"",
            "\"%X\"", "\"%t\"", "\"%!\"", "\"%d %d\"", "\"%6.2v\"", "\"% x\"", "\"%#x\"", "\"%x %X\""));
        m.put('T', List.of("\"string\"", "\"int\"", "\"int64\"", "\"float64\"", "\"bool\"", "\"map\"", "\"slice\"",
            "\"[]interface {}\"", "\"map[string]interface {}\"", "\"map[string]string\"", "\"invalid\"",
            "\"ptr\"", "\"[]string\"", "\"struct\""));
        m.put('K', List.of("\"a\"", "\"b\"", "\"\"", "\"missing\"", "\"Name\"", "\"_0\"", "\"_1\"", "\"x\"",
            "\"z\"", "\"str\"", "\"list\""));
        m.put('D', List.of("\"1h30m\"", "\"90s\"", "\"-1.5h\"", "\"0\"", "\"bad\"", "\"1us\"", "\"2h45m30.5s\"",
            "3600", "\"\""));
        m.put('A', List.of(".Values.nil", "nil", ".Values.missing", ".Values.missing.deeper", "."));
        return m;
    }

    private static List<Fn> parse(String table) {
        List<Fn> out = new ArrayList<>();
        for (String entry : table.replace('\n', '|').split("\\|")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] p = e.split(" ");
            StringBuilder args = new StringBuilder();
            for (int i = 2; i < p.length; i++) {
                args.append(p[i]);
            }
            out.add(new Fn(p[0].charAt(0), p[1], args.toString()));
        }
        return List.copyOf(out);
    }
}
