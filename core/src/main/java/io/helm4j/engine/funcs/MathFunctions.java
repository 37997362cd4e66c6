package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;
import java.util.random.RandomGenerator;

import static io.helm4j.engine.funcs.Args.integer;

/** Sprig's arithmetic (numeric.go): int64 maths via cast, float maths via shopspring/decimal. */
final class MathFunctions {
    private MathFunctions() {
    }

    static void register(FuncMap f, RandomGenerator random) {
        f.put("atoi", 1, a -> atoi(Args.str(a[0])));
        f.put("int64", 1, a -> Cast.toInt64(a[0]));
        f.put("int", 1, a -> Cast.toInt(a[0]));
        f.put("float64", 1, a -> Cast.toFloat64(a[0]));
        f.put("toDecimal", 1, a -> {
            Long v = parseOctal(GoValues.formatV(a[0]));
            return v == null ? 0L : v;
        });
        f.put("add1", 1, a -> Cast.toInt64(a[0]) + 1);
        f.putVariadic("add", 0, a -> {
            long s = 0;
            for (Object o : a) {
                s += Cast.toInt64(o);
            }
            return s;
        });
        f.put("sub", 2, a -> Cast.toInt64(a[0]) - Cast.toInt64(a[1]));
        f.put("div", 2, a -> {
            long d = Cast.toInt64(a[1]);
            if (d == 0) {
                throw new IllegalStateException("runtime error: integer divide by zero");
            }
            return Cast.toInt64(a[0]) / d;
        });
        f.put("mod", 2, a -> {
            long d = Cast.toInt64(a[1]);
            if (d == 0) {
                throw new IllegalStateException("runtime error: integer divide by zero");
            }
            return Cast.toInt64(a[0]) % d;
        });
        f.putVariadic("mul", 1, a -> {
            long v = Cast.toInt64(a[0]);
            for (int i = 1; i < a.length; i++) {
                v *= Cast.toInt64(a[i]);
            }
            return v;
        });
        f.put("randInt", 2, a -> {
            int min = integer(a[0]);
            int max = integer(a[1]);
            if (max - min <= 0) {
                throw new IllegalStateException("invalid argument to Intn");
            }
            return random.nextInt(max - min) + min;
        });
        f.put("add1f", 1, a -> decimalOp(a[0], new Object[] {1}, BigDecimal::add));
        f.putVariadic("addf", 0, a -> decimalOp(0.0, a, BigDecimal::add));
        f.putVariadic("subf", 1, a -> decimalOp(a[0], rest(a), BigDecimal::subtract));
        f.putVariadic("mulf", 1, a -> decimalOp(a[0], rest(a), BigDecimal::multiply));
        f.putVariadic("divf", 1, a -> decimalOp(a[0], rest(a), MathFunctions::divide));
        f.putVariadic("biggest", 1, a -> max(a));
        f.putVariadic("max", 1, a -> max(a));
        f.putVariadic("min", 1, a -> {
            long v = Cast.toInt64(a[0]);
            for (int i = 1; i < a.length; i++) {
                v = Math.min(v, Cast.toInt64(a[i]));
            }
            return v;
        });
        f.putVariadic("maxf", 1, a -> {
            double v = Cast.toFloat64(a[0]);
            for (int i = 1; i < a.length; i++) {
                v = Math.max(v, Cast.toFloat64(a[i]));
            }
            return v;
        });
        f.putVariadic("minf", 1, a -> {
            double v = Cast.toFloat64(a[0]);
            for (int i = 1; i < a.length; i++) {
                v = Math.min(v, Cast.toFloat64(a[i]));
            }
            return v;
        });
        f.put("ceil", 1, a -> Math.ceil(Cast.toFloat64(a[0])));
        f.put("floor", 1, a -> Math.floor(Cast.toFloat64(a[0])));
        f.putVariadic("round", 2, MathFunctions::round);
    }

    private static Object[] rest(Object[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    private static long max(Object[] a) {
        long v = Cast.toInt64(a[0]);
        for (int i = 1; i < a.length; i++) {
            v = Math.max(v, Cast.toInt64(a[i]));
        }
        return v;
    }

    /** strconv.Atoi with the error dropped. */
    static Object atoi(String s) {
        long v = atoi64(s);
        return v == (int) v ? (Object) (int) v : (Object) v;
    }

    private static long atoi64(String s) {
        String t = s;
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static Long parseOctal(String s) {
        try {
            String t = s.startsWith("+") ? s.substring(1) : s;
            if (t.isEmpty() || t.indexOf('+') >= 0 || t.indexOf('-') > 0) {
                return null;
            }
            return Long.parseLong(t, 8);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double decimalOp(Object first, Object[] rest, BinaryOperator<BigDecimal> op) {
        BigDecimal acc = decimal(Cast.toFloat64(first));
        for (Object o : rest) {
            acc = op.apply(acc, decimal(Cast.toFloat64(o)));
        }
        return acc.doubleValue();
    }

    private static BigDecimal decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalStateException("Cannot create a Decimal from " + GoFloat.format(d, 'g'));
        }
        return new BigDecimal(GoFloat.format(d, 'e'));
    }

    /** decimal.Div: 16 digits after the point, rounded half away from zero. */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new IllegalStateException("decimal division by 0");
        }
        return a.divide(b, 16, RoundingMode.HALF_UP);
    }

    private static double round(Object... a) {
        double roundOn = 0.5;
        int places = integer(a[1]);
        if (a.length > 2) {
            if (!(a[2] instanceof Number n)) {
                throw Args.wrong("float64", a[2]);
            }
            roundOn = n.doubleValue();
        }
        double val = Cast.toFloat64(a[0]);
        double pow = Math.pow(10, places);
        double digit = pow * val;
        double frac = digit - (digit < 0 ? Math.ceil(digit) : Math.floor(digit));
        double r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
        return r / pow;
    }
}
