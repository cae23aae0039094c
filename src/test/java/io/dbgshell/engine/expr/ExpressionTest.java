package io.dbgshell.engine.expr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing: Java's precedence and literals, and a syntax error at the right column for everything else. */
class ExpressionTest {

    /** The tree written back fully parenthesised, to check precedence and associativity. */
    private static String shape(Node node) {
        if (node instanceof Node.Binary b) {
            return "(" + shape(b.left()) + " " + b.op().symbol() + " " + shape(b.right()) + ")";
        }
        if (node instanceof Node.Unary u) {
            return "(" + u.op().symbol() + shape(u.operand()) + ")";
        }
        if (node instanceof Node.Conditional c) {
            return "(" + shape(c.condition()) + " ? " + shape(c.whenTrue()) + " : " + shape(c.whenFalse()) + ")";
        }
        if (node instanceof Node.Cast c) {
            return "((" + c.type() + ") " + shape(c.operand()) + ")";
        }
        if (node instanceof Node.InstanceOf i) {
            return "(" + shape(i.operand()) + " instanceof " + i.type() + ")";
        }
        if (node instanceof Node.Field f) {
            return shape(f.target()) + "." + f.name();
        }
        if (node instanceof Node.Index i) {
            return shape(i.array()) + "[" + shape(i.index()) + "]";
        }
        if (node instanceof Node.Call c) {
            return (c.target() == null ? "" : shape(c.target()) + ".") + c.name() + "("
                    + String.join(", ", c.arguments().stream().map(ExpressionTest::shape).toList()) + ")";
        }
        if (node instanceof Node.New n) {
            return "new " + n.type() + "(" + n.arguments().size() + ")";
        }
        if (node instanceof Node.Name n) {
            return n.name();
        }
        if (node instanceof Node.This) {
            return "this";
        }
        Object value = ((Node.Literal) node).value();
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            a + b * c                       => (a + (b * c))
            a - b - c                       => ((a - b) - c)
            a || b && c | d ^ e & f         => (a || (b && (c | (d ^ (e & f)))))
            a == b < c << d + e             => (a == (b < (c << (d + e))))
            a ? b : c ? d : e               => (a ? b : (c ? d : e))
            -a.b[c].d(e, f)                 => (-a.b[c].d(e, f))
            !!a                             => (!(!a))
            (int) a + b                     => (((int) a) + b)
            (a) - b                         => (a - b)
            (String) -a                     => (String - a)
            (int) -a                        => ((int) (-a))
            (java.util.List<String>) x      => ((java.util.List) x)
            (Map<String, List<Integer>>) x  => ((Map) x)
            (int[][]) x                     => ((int[][]) x)
            a instanceof B && c             => ((a instanceof B) && c)
            a instanceof int[]              => (a instanceof int[])
            new StringBuilder(a, b)         => new StringBuilder(2)
            m()                             => m()
            this.x                          => this.x
            0x7fffffff                      => Integer:2147483647
            0xFFFFFFFF                      => Integer:-1
            017                             => Integer:15
            0b101                           => Integer:5
            1_000L                          => Long:1000
            -2147483648                     => Integer:-2147483648
            -9223372036854775808L           => Long:-9223372036854775808
            1.5f                            => Float:1.5
            1e3                             => Double:1000.0
            .5                              => Double:0.5
            'a'                             => Character:a
            '\\u0041'                       => Character:A
            '\\101'                         => Character:A
            "a\\"b"                         => String:a"b
            true                            => Boolean:true
            null                            => null
            """)
    void parsesWithJavasPrecedenceAndLiterals(String text, String expected) throws SyntaxError {
        assertThat(shape(Expression.parse(text).root())).isEqualTo(expected);
    }

    private static SyntaxError syntaxError(String text) {
        try {
            Expression.parse(text);
            return null;
        } catch (SyntaxError e) {
            return e;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a +             | 3 | the expression ends too soon
            a +* b          | 3 | unexpected '*'
            x = 5           | 2 | assignment is not supported
            x += 5          | 2 | assignment is not supported
            a.b = c         | 4 | assignment is not supported
            x++             | 1 | increment and decrement are not supported
            x -> x          | 2 | lambdas are not supported
            String::valueOf | 6 | method references are not supported
            new int[3]      | 7 | array creation is not supported
            new Object() {} | 13 | anonymous classes and array initialisers are not supported
            (a              | 2 | ')' is missing
            a b             | 2 | unexpected 'b'
            2147483648      | 0 | integer number too large: 2147483648
            99999999999999999999 | 0 | number out of range or malformed: 99999999999999999999
            09              | 0 | number out of range or malformed: 09
            12abc           | 2 | malformed number
            "abc            | 0 | unterminated string
            'ab'            | 0 | unterminated character literal
            a # b           | 2 | unexpected character '#'
            super.x         | 0 | 'super' is not supported
            a; b            | 1 | one expression only (no statements)
            ''              | 0 | empty character literal
            """)
    void syntaxErrorsNameTheColumn(String text, int column, String reason) {
        SyntaxError error = syntaxError(text);
        assertThat(error).as(text).isNotNull();
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.column()).isEqualTo(column);
    }

    @Test
    void emptyIsAnError() {
        assertThatThrownBy(() -> Expression.parse("  ")).isInstanceOf(SyntaxError.class)
                .hasMessage("Syntax error in '  ' at column 3: empty expression");
    }

    @Test
    void caretLineIsWinDbgs() {
        SyntaxError error = syntaxError("a +* b");
        // "0:000> ?? " is 10 characters: the caret goes under the '*'.
        assertThat(error.caretLine(10)).isEqualTo("             ^ Syntax error in 'a +* b': unexpected '*'");
    }
}
