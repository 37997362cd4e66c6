package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import io.helm4j.gotemplate.GoFmt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;
import java.util.random.RandomGenerator;

import static io.helm4j.internal.engine.funcs.Args.integer;

/** Sprig's arithmetic (numeric.go): int64 maths via cast, float maths via shopspring/decimal. */
final class MathFunctions implements Area {
    private final RandomGenerator random;

    private MathFunctions(RandomGenerator random) {
        this.random = random;
    }

    static void register(FuncMap f, RandomGenerator random) {
        Area area = new MathFunctions(random);
        f.put("atoi", "string", new Area.Named("atoi", area));
        f.put("int64", "interface {}", new Area.Named("int64", area));
        f.put("int", "interface {}", new Area.Named("int", area));
        f.put("float64", "interface {}", new Area.Named("float64", area));
        f.put("toDecimal", "interface {}", new Area.Named("toDecimal", area));
        f.put("add1", "interface {}", new Area.Named("add1", area));
        f.put("add", "...interface {}", new Area.Named("add", area));
        f.put("sub", "interface {}, interface {}", new Area.Named("sub", area));
        f.put("div", "interface {}, interface {}", new Area.Named("div", area));
        f.put("mod", "interface {}, interface {}", new Area.Named("mod", area));
        f.put("mul", "interface {}, ...interface {}", new Area.Named("mul", area));
        f.put("randInt", "int, int", new Area.Named("randInt", area));
        f.put("add1f", "interface {}", new Area.Named("add1f", area));
        f.put("addf", "...interface {}", new Area.Named("addf", area));
        f.put("subf", "interface {}, ...interface {}", new Area.Named("subf", area));
        f.put("mulf", "interface {}, ...interface {}", new Area.Named("mulf", area));
        f.put("divf", "interface {}, ...interface {}", new Area.Named("divf", area));
        f.put("biggest", "interface {}, ...interface {}", new Area.Named("biggest", area));
        f.put("max", "interface {}, ...interface {}", new Area.Named("max", area));
        f.put("min", "interface {}, ...interface {}", new Area.Named("min", area));
        f.put("maxf", "interface {}, ...interface {}", new Area.Named("maxf", area));
        f.put("minf", "interface {}, ...interface {}", new Area.Named("minf", area));
        f.put("ceil", "interface {}", new Area.Named("ceil", area));
        f.put("floor", "interface {}", new Area.Named("floor", area));
        f.put("round", "interface {}, int, ...float64", new Area.Named("round", area));
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
        return io.helm4j.gotemplate.GoInteger.ofInt(atoi64(s));
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
            throw new IllegalStateException("Cannot create a Decimal from " + GoFmt.formatFloat(d, 'g', -1));
        }
        return new BigDecimal(GoFmt.formatFloat(d, 'e', -1));
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

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "atoi" -> {
                return atoi(Args.str(a[0]));
            }
            case "int64" -> {
                return Cast.toInt64(a[0]);
            }
            case "int" -> {
                return Cast.toInt(a[0]);
            }
            case "float64" -> {
                return Cast.toFloat64(a[0]);
            }
            case "toDecimal" -> {
                Long v = parseOctal(GoValues.formatV(a[0]));
                return v == null ? 0L : v;
            }
            case "add1" -> {
                return Cast.toInt64(a[0]) + 1;
            }
            case "add" -> {
                long s = 0;
                for (Object o : a) {
                    s += Cast.toInt64(o);
                }
                return s;
            }
            case "sub" -> {
                return Cast.toInt64(a[0]) - Cast.toInt64(a[1]);
            }
            case "div" -> {
                long d = Cast.toInt64(a[1]);
                if (d == 0) {
                    throw new IllegalStateException("runtime error: integer divide by zero");
                }
                return Cast.toInt64(a[0]) / d;
            }
            case "mod" -> {
                long d = Cast.toInt64(a[1]);
                if (d == 0) {
                    throw new IllegalStateException("runtime error: integer divide by zero");
                }
                return Cast.toInt64(a[0]) % d;
            }
            case "mul" -> {
                long v = Cast.toInt64(a[0]);
                for (int i = 1; i < a.length; i++) {
                    v *= Cast.toInt64(a[i]);
                }
                return v;
            }
            case "randInt" -> {
                int min = integer(a[0]);
                int max = integer(a[1]);
                if (max - min <= 0) {
                    throw new IllegalStateException("invalid argument to Intn");
                }
                return random.nextInt(max - min) + min;
            }
            case "add1f" -> {
                return decimalOp(a[0], new Object[] {1}, BigDecimal::add);
            }
            case "addf" -> {
                return decimalOp(0.0, a, BigDecimal::add);
            }
            case "subf" -> {
                return decimalOp(a[0], rest(a), BigDecimal::subtract);
            }
            case "mulf" -> {
                return decimalOp(a[0], rest(a), BigDecimal::multiply);
            }
            case "divf" -> {
                return decimalOp(a[0], rest(a), MathFunctions::divide);
            }
            case "biggest" -> {
                return max(a);
            }
            case "max" -> {
                return max(a);
            }
            case "min" -> {
                long v = Cast.toInt64(a[0]);
                for (int i = 1; i < a.length; i++) {
                    v = Math.min(v, Cast.toInt64(a[i]));
                }
                return v;
            }
            case "maxf" -> {
                double v = Cast.toFloat64(a[0]);
                for (int i = 1; i < a.length; i++) {
                    v = Math.max(v, Cast.toFloat64(a[i]));
                }
                return v;
            }
            case "minf" -> {
                double v = Cast.toFloat64(a[0]);
                for (int i = 1; i < a.length; i++) {
                    v = Math.min(v, Cast.toFloat64(a[i]));
                }
                return v;
            }
            case "ceil" -> {
                return Math.ceil(Cast.toFloat64(a[0]));
            }
            case "floor" -> {
                return Math.floor(Cast.toFloat64(a[0]));
            }
            case "round" -> {
                return round(a);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
