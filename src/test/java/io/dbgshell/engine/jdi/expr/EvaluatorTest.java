package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.Field;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.Value;
import io.dbgshell.engine.expr.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The expression language against a real, stopped JVM: every operator, every case jdb's evaluator
 * gets wrong, names in every scope, overloads, boxing, and the errors, each compared with Java's own
 * answer or with what JDI reads directly from the same frame.
 */
class EvaluatorTest extends SubjectTarget {
    static String eval(String text) throws Exception {
        return eval(text, 0, EvalPolicy.INVOKE);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            42                                  => 42
            count                               => 21
            local                               => 42
            label                               => "label"
            none                                => null
            small                               => -3
            mid                                 => 300
            f                                   => 1.5f
            letter                              => 'x'
            big                                 => 9223372036854775807L
            ratio                               => 0.5
            field                               => 3
            this.field                          => 3
            counter                             => 7
            Subject.counter                     => 7
            demo.Subject.counter                => 7
            NAME                                => "subject"
            grid[1][2]                          => 5
            grid.length                         => 2
            grid[1].length                      => 3
            words[1]                            => "beta"
            empty.length                        => 0
            inner.depth                         => 9
            point.x                             => 2
            box.content                         => "boxed text"
            0x10 + 010 + 0b11                   => 27
            1_000_000                           => 1000000
            -2147483648                         => -2147483648
            '\\n'                               => '\\n'
            "tab\\there"                        => "tab\\there"
            """)
    void readsValues(String expression, String expected) throws Exception {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    /** Each operator, with the value Java itself computes for the same operands. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            count + 1                           => 22
            count - 30                          => -9
            count * 3                           => 63
            count / 4                           => 5
            count % 4                           => 1
            -7 % 3                              => -1
            7.5 % 2                             => 1.5
            -count                              => -21
            +count                              => 21
            ~count                              => -22
            !true                               => false
            1 << 4                              => 16
            -16 >> 2                            => -4
            -16 >>> 28                          => 15
            -16L >>> 60                         => 15L
            1 << 33                             => 2
            count & 6                           => 4
            count | 8                           => 29
            count ^ 1                           => 20
            true ^ true                         => false
            true & false                        => false
            false | true                        => true
            count < 22                          => true
            count > 22                          => false
            count <= 21                         => true
            count >= 22                         => false
            count == 21                         => true
            count != 21                         => false
            count > 20 && local == 42           => true
            count > 30 || local == 42           => true
            none != null && none.length() > 0   => false
            none == null || none.length() > 0   => true
            label instanceof String             => true
            object instanceof CharSequence      => true
            names instanceof java.util.List     => true
            names instanceof java.util.Map      => false
            none instanceof String              => false
            grid instanceof int[][]             => true
            grid[0] instanceof Object           => true
            count > 5 ? "big" : "small"         => "big"
            count > 50 ? "big" : "small"        => "small"
            (byte) 300                          => 44
            (short) 70000                       => 4464
            (int) 3.99                          => 3
            (int) -3.99                         => -3
            (long) 1e19                         => 9223372036854775807L
            (char) (letter + 1)                 => 'y'
            (char) 65                           => 'A'
            letter + 1                          => 121
            'a' + 'b'                           => 195
            (long) count * 1000000000           => 21000000000L
            count * 1000000000                  => overflow
            Integer.MAX_VALUE + 1               => -2147483648
            Long.MIN_VALUE - 1                  => 9223372036854775807L
            1 / 2.0                             => 0.5
            1 / 0.0                             => Infinity
            0.0 / 0.0 == 0.0 / 0.0              => false
            7 / 2                               => 3
            0.1f + 0.2f                         => 0.3f
            small * mid                         => -900
            f * 2                               => 3.0f
            count + f                           => 22.5f
            count + 1L                          => 22L
            count + ratio                       => 21.5
            """)
    void operators(String expression, String expected) throws Exception {
        if (expected.endsWith("overflow")) {
            expected = String.valueOf(21 * 1000000000);
        }
        assertThat(eval(expression)).isEqualTo(expected);
    }

    /** Every case jdi-notes lists as failing in jdb: {@code &&}, {@code %}, {@code <<}, instanceof, java.lang names, ... */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            count > 1 && count < 30             => true
            count % 5                           => 1
            count << 2                          => 84
            label instanceof CharSequence       => true
            Math.max(count, 30)                 => 30
            Math.max(1.5, 2)                    => 2.0
            Math.abs(-count)                    => 21
            Integer.parseInt("123") + 1         => 124
            Integer.MAX_VALUE                   => 2147483647
            twice(4)                            => 8
            boxed + 1                           => 1001
            boxedArg * 2                        => 154
            boxed == 1000                       => true
            flag && true                        => true
            flag ? 1 : 2                        => 1
            null == none                        => true
            null == label                       => false
            none == null                        => true
            null != label                       => true
            """)
    void jdbFailures(String expression, String expected) throws Exception {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            twice(4L)                           => 12L
            twice("ab")                         => "abab"
            twice(small)                        => -6
            describe(5)                         => "long"
            describe(boxed)                     => "Integer"
            describe(label)                     => "object"
            sumAll(1, 2, 3)                     => 6
            sumAll()                            => 0
            plusField(10)                       => 13
            this.plusField(10)                  => 13
            inner.outerField()                  => 3
            point.sum()                         => 7
            point.y()                           => 5
            color == Color.GREEN                => true
            red == Subject.Color.RED            => true
            color.ordinal()                     => 1
            color.name()                        => "GREEN"
            box.get()                           => "boxed text"
            ((String) box.get()).length()       => 10
            names.size()                        => 2
            names.get(0)                        => "a"
            map.get("k") + 0                    => 1
            "abc".length()                      => 3
            label.substring(1, 3)               => "ab"
            String.valueOf(count)               => "21"
            new StringBuilder("x").append(count).toString() => "x21"
            Character.isLetter(letter)          => true
            Long.MAX_VALUE == big               => true
            (Object) label == label             => true
            boxed == boxedSame                  => false
            boxed.equals(boxedSame)             => true
            lambda != null                      => true
            """)
    void callsAndObjects(String expression, String expected) throws Exception {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            "n=" + count                        => "n=21"
            "c" + letter + 1                    => "cx1"
            letter + 1 + "c"                    => "121c"
            "" + ratio + f + big + true + none  => "0.51.59223372036854775807truenull"
            "b=" + boxed                        => "b=1000"
            text + names                        => "hello[a, b]"
            "p=" + point                        => "p=Point[x=2, y=5]"
            "e=" + color                        => "e=GREEN"
            """)
    void stringConcatenation(String expression, String expected) throws Exception {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            nosuch                  => unknown name 'nosuch'
            nosuch.Type.x           => unknown name 'nosuch.Type.x'
            count.foo               => int has no field 'foo'
            label.nosuch            => no field 'nosuch' in java.lang.String
            none.length()           => java.lang.NullPointerException: cannot call 'length()' because 'none' is null
            none.value              => java.lang.NullPointerException: cannot read field 'value' because 'none' is null
            nothing + 1             => java.lang.NullPointerException: cannot unbox because 'nothing' is null
            count / 0               => java.lang.ArithmeticException: / by zero
            count % 0L              => java.lang.ArithmeticException: / by zero
            grid[5]                 => java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 2
            grid[-1]                => java.lang.ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 2
            grid[1L]                => an array index must be an int, not long
            count[0]                => 'count' is not an array
            fail()                  => java.lang.IllegalStateException: cart is empty (thrown by demo.Subject.fail())
            (Integer) object        => java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer
            (int) true              => cannot cast boolean to int
            count && true           => 'count' is int, not boolean
            label * 2               => 'label' is java.lang.String, not a number or boolean
            -label                  => 'label' is java.lang.String, not a number or boolean
            1.5 << 2                => operator << needs integral operands, not double and int
            ~1.5                    => operator ~ cannot be applied to double
            !count                  => operator ! cannot be applied to int
            Subject                 => 'demo.Subject' is a type, not a value
            Subject.plusField(1)    => demo.Subject.plusField() is an instance method: call it on an object
            nosuchMethod()          => unknown method nosuchMethod() in demo.Subject
            count.intValue()        => int has no methods: cannot call 'intValue()'
            new Runnable()          => cannot instantiate Runnable: not a concrete class
            x instanceof Nosuch     => unknown name 'x'
            label instanceof Nosuch => unknown type 'Nosuch'
            """)
    void errorsAreOneLine(String expression, String message) throws Exception {
        Expression parsed = Expression.parse(expression);
        assertThatThrownBy(() -> evaluator.evaluate(parsed, target.thread, 0, EvalPolicy.INVOKE))
                .isInstanceOf(EvalException.class)
                .hasMessage(message);
    }

    @Test
    void overloadMismatchNamesTheCandidates() throws Exception {
        Expression parsed = Expression.parse("twice(1, 2)");
        assertThatThrownBy(() -> evaluator.evaluate(parsed, target.thread, 0, EvalPolicy.INVOKE))
                .hasMessageStartingWith("no demo.Subject.twice() accepts (int, int); there is ")
                .hasMessageContaining("demo.Subject.twice(long)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void exceptionInTheTargetIsOneLine() throws Exception {
        Expression parsed = Expression.parse("trimmed(null)");
        assertThatThrownBy(() -> evaluator.evaluate(parsed, target.thread, 0, EvalPolicy.INVOKE))
                .hasMessageStartingWith("java.lang.NullPointerException")
                .hasMessageEndingWith("(thrown by demo.Subject.trimmed())")
                .hasMessageNotContaining("\n");
    }

    @Test
    void everyLocalReadsAsJdiReadsIt() throws Exception {
        StackFrame frame = target.thread.frame(0);
        assertThat(frame.visibleVariables()).hasSizeGreaterThan(8);
        for (LocalVariable local : frame.visibleVariables()) {
            Value direct = frame.getValue(local);
            EvalValue evaluated = evaluator.evaluate(Expression.parse(local.name()), target.thread, 0, EvalPolicy.READ_ONLY);
            assertThat(((EvalValue.Remote) evaluated).value()).as(local.name()).isEqualTo(direct);
        }
    }

    @Test
    void everyFieldAndArrayElementReadsAsJdiReadsIt() throws Exception {
        ObjectReference self = target.thread.frame(0).thisObject();
        int fields = 0;
        for (Field field : self.referenceType().allFields()) {
            if (field.isSynthetic()) {
                continue;
            }
            EvalValue evaluated = evaluator.evaluate(Expression.parse("this." + field.name()), target.thread, 0,
                    EvalPolicy.READ_ONLY);
            assertThat(((EvalValue.Remote) evaluated).value()).as(field.name()).isEqualTo(self.getValue(field));
            fields++;
        }
        assertThat(fields).isGreaterThan(15);
        ArrayReference grid = (ArrayReference) self.getValue(self.referenceType().fieldByName("grid"));
        for (int i = 0; i < grid.length(); i++) {
            ArrayReference row = (ArrayReference) grid.getValue(i);
            for (int j = 0; j < row.length(); j++) {
                EvalValue evaluated = evaluator.evaluate(Expression.parse("grid[" + i + "][" + j + "]"),
                        target.thread, 0, EvalPolicy.READ_ONLY);
                assertThat(((EvalValue.Remote) evaluated).value()).isEqualTo(row.getValue(j));
            }
        }
    }

    @Test
    void outerFramesHaveTheirOwnScope() throws Exception {
        assertThat(eval("innerLocal", 1, EvalPolicy.READ_ONLY)).isEqualTo("5");
        assertThat(eval("depth", 1, EvalPolicy.READ_ONLY)).isEqualTo("9");
        assertThat(eval("field", 1, EvalPolicy.READ_ONLY)).as("the enclosing instance's field").isEqualTo("3");
        assertThat(eval("outerField() + depth", 1, EvalPolicy.INVOKE)).isEqualTo("12");
        assertThat(eval("args.length", 2, EvalPolicy.READ_ONLY)).isEqualTo("0");
        Expression self = Expression.parse("this");
        assertThatThrownBy(() -> evaluator.evaluate(self, target.thread, 2, EvalPolicy.READ_ONLY))
                .hasMessage("'this' is not available in static method demo.Subject.main");
        assertThatThrownBy(() -> evaluator.evaluate(self, target.thread, 9, EvalPolicy.READ_ONLY))
                .hasMessage("thread main has no frame 9");
    }

    @Test
    void readOnlyPolicyRunsNothingAndSaysSo() throws Exception {
        assertThat(eval("local > 5 && count == 21", 0, EvalPolicy.READ_ONLY)).isEqualTo("true");
        assertThat(eval("\"x\" + names", 0, EvalPolicy.READ_ONLY)).isEqualTo("\"x{ size=2 }\"");
        assertThat(eval("\"b=\" + boxed + letter", 0, EvalPolicy.READ_ONLY)).isEqualTo("\"b=1000x\"");
        Expression call = Expression.parse("twice(2)");
        assertThatThrownBy(() -> evaluator.evaluate(call, target.thread, 0, EvalPolicy.READ_ONLY))
                .hasMessage("calling demo.Subject.twice() would run code in the target, which this evaluation may not do");
    }

    @Test
    void conditionsAreBooleansOrSayWhatTheyAre() throws Exception {
        assertThat(evaluator.test(Expression.parse("count > 5"), target.thread, 0, EvalPolicy.READ_ONLY)).isTrue();
        assertThat(evaluator.test(Expression.parse("flag"), target.thread, 0, EvalPolicy.READ_ONLY)).isTrue();
        assertThat(evaluator.test(Expression.parse("local == 41"), target.thread, 0, EvalPolicy.READ_ONLY)).isFalse();
        Expression notBoolean = Expression.parse("count");
        assertThatThrownBy(() -> evaluator.test(notBoolean, target.thread, 0, EvalPolicy.READ_ONLY))
                .hasMessage("the condition 'count' is int, not boolean");
    }

    @Test
    void objectsShowWhatIsKnownWithoutRunningCodeAsDxSummarizesThem() throws Exception {
        assertThat(eval("color")).isEqualTo("GREEN");
        assertThat(eval("boxed")).isEqualTo("1000");
        assertThat(eval("grid")).isEqualTo("{ length=2 }");
        assertThat(eval("empty")).isEqualTo("{ length=0 }");
        assertThat(eval("names")).isEqualTo("{ size=2 }");
        assertThat(eval("point")).isEqualTo("Subject$Point[x=2, y=5]");
        assertThat(eval("label.getClass()")).isEqualTo("{class java.lang.String}");
        assertThat(eval("inner")).matches("\\{Subject\\$Inner@0x\\p{XDigit}+}");
    }
}
