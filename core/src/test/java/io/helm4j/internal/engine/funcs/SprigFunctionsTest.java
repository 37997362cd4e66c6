package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class SprigFunctionsTest {
    /** Sprig v3.3 TxtFuncMap() without env, expandenv (Helm removes them) and getHostByName (Helm's own). */
    private static final Set<String> SPRIG = Set.of("hello", "ago", "date", "date_in_zone", "date_modify",
            "dateInZone", "dateModify", "duration", "durationRound", "htmlDate", "htmlDateInZone", "must_date_modify",
            "mustDateModify", "mustToDate", "now", "toDate", "unixEpoch", "abbrev", "abbrevboth", "trunc", "trim",
            "upper", "lower", "title", "untitle", "substr", "repeat", "trimall", "trimAll", "trimSuffix",
            "trimPrefix", "nospace", "initials", "randAlphaNum", "randAlpha", "randAscii", "randNumeric", "swapcase",
            "shuffle", "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith", "contains", "hasPrefix",
            "hasSuffix", "quote", "squote", "cat", "indent", "nindent", "replace", "plural", "sha1sum", "sha256sum",
            "adler32sum", "toString", "atoi", "int64", "int", "float64", "seq", "toDecimal", "split", "splitList",
            "splitn", "toStrings", "until", "untilStep", "add1", "add", "sub", "div", "mod", "mul", "randInt",
            "add1f", "addf", "subf", "divf", "mulf", "biggest", "max", "min", "maxf", "minf", "ceil", "floor",
            "round", "join", "sortAlpha", "default", "empty", "coalesce", "all", "any", "compact", "mustCompact",
            "fromJson", "toJson", "toPrettyJson", "toRawJson", "mustFromJson", "mustToJson", "mustToPrettyJson",
            "mustToRawJson", "ternary", "deepCopy", "mustDeepCopy", "typeOf", "typeIs", "typeIsLike", "kindOf",
            "kindIs", "deepEqual", "base", "dir", "clean", "ext", "isAbs", "osBase", "osClean", "osDir", "osExt",
            "osIsAbs", "b64enc", "b64dec", "b32enc", "b32dec", "tuple", "list", "dict", "get", "set", "unset",
            "hasKey", "pluck", "keys", "pick", "omit", "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite",
            "values", "append", "push", "mustAppend", "mustPush", "prepend", "mustPrepend", "first", "mustFirst",
            "rest", "mustRest", "last", "mustLast", "initial", "mustInitial", "reverse", "mustReverse", "uniq",
            "mustUniq", "without", "mustWithout", "has", "mustHas", "slice", "mustSlice", "concat", "dig", "chunk",
            "mustChunk", "bcrypt", "htpasswd", "genPrivateKey", "derivePassword", "buildCustomCert", "genCA",
            "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey",
            "encryptAES", "decryptAES", "randBytes", "uuidv4", "semver", "semverCompare", "fail", "regexMatch",
            "mustRegexMatch", "regexFindAll", "mustRegexFindAll", "regexFind", "mustRegexFind", "regexReplaceAll",
            "mustRegexReplaceAll", "regexReplaceAllLiteral", "mustRegexReplaceAllLiteral", "regexSplit",
            "mustRegexSplit", "regexQuoteMeta", "urlParse", "urlJoin");

    @Test
    void providesExactlySprigsFunctionsAsHelmExposesThem() {
        FuncMap f = SprigFunctions.create(Sprig.CLOCK, new SplittableRandom(1));
        assertThat(new TreeSet<>(f.asMap().keySet())).isEqualTo(new TreeSet<>(SPRIG));
        assertThat(f.contains("env")).isFalse();
        assertThat(f.contains("expandenv")).isFalse();
    }

    @Test
    void arityMatchesTheGoSignatures() {
        FuncMap f = SprigFunctions.create(Sprig.CLOCK, new SplittableRandom(1));
        assertThat(f.get("trunc").minArgs()).isEqualTo(2);
        assertThat(f.get("trunc").variadic()).isFalse();
        assertThat(f.get("dict").variadic()).isTrue();
        assertThat(f.get("default").minArgs()).isEqualTo(1);
        assertThat(f.get("round").minArgs()).isEqualTo(2);
        assertThat(f.get("now").minArgs()).isZero();
    }

    @Test
    void parameterTypesAreSprigs() {
        FuncMap f = SprigFunctions.create(Sprig.CLOCK, new SplittableRandom(1));
        assertThat(f.get("upper").signature()).hasToString("(string)");
        assertThat(f.get("indent").signature()).hasToString("(int, string)");
        assertThat(f.get("quote").signature()).hasToString("(...interface {})");
        assertThat(f.get("round").signature()).hasToString("(interface {}, int, ...float64)");
        assertThat(f.get("pick").signature()).hasToString("(map[string]interface {}, ...string)");
        assertThat(f.get("derivePassword").signature()).hasToString("(uint32, string, string, string, string)");
        assertThat(f.get("genSignedCert").signature())
                .hasToString("(string, []interface {}, []interface {}, int, sprig.certificate)");
        assertThat(f.get("regexSplit").signature()).hasToString("(string, string, int)");
        assertThat(f.get("mustRegexReplaceAll").signature()).hasToString("(string, string, string)");
        assertThat(f.get("osBase").signature()).hasToString("(string)");
    }

    @Test
    void mapsDoNotShareState() {
        Sprig a = new Sprig(new SplittableRandom(1));
        Sprig b = new Sprig(new SplittableRandom(1));
        String first = a.str("randAlphaNum", 8);
        assertThat(a.str("randAlphaNum", 8)).isNotEqualTo(first);
        assertThat(b.str("randAlphaNum", 8)).isEqualTo(first);
    }

    @Test
    void nowComesFromTheInjectedClock() {
        Clock clock = Sprig.CLOCK;
        Object now = new Sprig().call("now");
        assertThat(((GoTime) now).instant()).isEqualTo(clock.instant());
        assertThat(new Sprig().str("date", "2006-01-02 15:04:05 MST", now)).isEqualTo("2024-06-01 12:00:00 UTC");
        assertThat(new Sprig().str("ago", new Sprig().call("toDate", "2006-01-02", "2024-05-31")))
                .isEqualTo("36h0m0s");
    }
}
