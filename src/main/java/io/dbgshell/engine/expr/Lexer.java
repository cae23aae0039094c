package io.dbgshell.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens with Java's lexical rules for the literals and operators the
 * language has (numbers in every base with underscores and suffixes, chars and strings with every
 * escape). Operators the language rejects ({@code =}, {@code ++}, {@code ->}) are still tokens, so
 * the parser can say at their column why they are refused.
 */
final class Lexer {
    /** Longest first, so that {@code >>>=} is not read as {@code >>} then {@code >=}. */
    private static final String[] OPERATORS = {
        ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
        "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
        "+", "-", "*", "/", "%", "&", "|", "^", "~", "!", "<", ">", "=", "?", ":", ".", ",", "(", ")",
        "[", "]", "{", "}", "@", ";",
    };

    /** The digits of {@code Long.MIN_VALUE} without its sign, which only {@code -} may precede. */
    static final String LONG_MIN_DIGITS = "9223372036854775808";
    /** The same for {@code Integer.MIN_VALUE}. */
    static final String INT_MIN_DIGITS = "2147483648";

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) throws SyntaxError {
        Lexer lexer = new Lexer(text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Token.Kind.END);
        return tokens;
    }

    private Token next() throws SyntaxError {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos == text.length()) {
            return new Token(Token.Kind.END, "", null, start);
        }
        char c = text.charAt(pos);
        if (Character.isJavaIdentifierStart(c)) {
            while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return word(text.substring(start, pos), start);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number(start);
        }
        if (c == '"') {
            return string(start);
        }
        if (c == '\'') {
            return character(start);
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Token.Kind.OPERATOR, op, null, start);
            }
        }
        throw new SyntaxError(text, start, "unexpected character '" + c + "'");
    }

    private static Token word(String word, int start) {
        return switch (word) {
            case "true" -> new Token(Token.Kind.LITERAL, word, Boolean.TRUE, start);
            case "false" -> new Token(Token.Kind.LITERAL, word, Boolean.FALSE, start);
            default -> new Token(Token.Kind.IDENTIFIER, word, null, start);
        };
    }

    private Token number(int start) throws SyntaxError {
        int radix = 10;
        if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
            radix = 16;
            pos += 2;
        } else if (text.startsWith("0b", pos) || text.startsWith("0B", pos)) {
            radix = 2;
            pos += 2;
        }
        int digits = pos;
        boolean floating = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.digit(c, radix == 10 ? 10 : radix) >= 0 || c == '_') {
                pos++;
            } else if (radix == 10 && (c == '.' || c == 'e' || c == 'E')) {
                floating = true;
                pos++;
                if ((c == 'e' || c == 'E') && pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        String body = text.substring(digits, pos).replace("_", "");
        char suffix = pos < text.length() ? Character.toLowerCase(text.charAt(pos)) : ' ';
        if (suffix == 'l' || (radix == 10 && (suffix == 'f' || suffix == 'd'))) {
            pos++;
        }
        if (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            throw new SyntaxError(text, pos, "malformed number");
        }
        String written = text.substring(start, pos);
        try {
            Object value;
            if (floating || suffix == 'f' || suffix == 'd') {
                value = suffix == 'f' ? (Object) Float.parseFloat(body) : (Object) Double.parseDouble(body);
            } else if (suffix == 'l') {
                // 9223372036854775808L is legal only after a unary minus; the parser checks that.
                value = radix == 10 && !body.equals(LONG_MIN_DIGITS) ? Long.parseLong(body)
                        : Long.parseUnsignedLong(body, radix);
            } else if (radix == 10 && body.length() > 1 && body.startsWith("0")) {
                value = Integer.parseUnsignedInt(body.substring(1), 8);
            } else if (radix == 10) {
                long parsed = Long.parseLong(body);
                if (parsed > 1L << 31) {
                    throw new NumberFormatException();
                }
                // 2147483648 is legal only after a unary minus; the parser checks that.
                value = parsed == 1L << 31 ? (Object) parsed : (Object) (int) parsed;
            } else {
                value = Integer.parseUnsignedInt(body, radix);
            }
            return new Token(Token.Kind.LITERAL, written, value, start);
        } catch (NumberFormatException e) {
            throw new SyntaxError(text, start, "number out of range or malformed: " + written);
        }
    }

    private Token string(int start) throws SyntaxError {
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            value.append(oneChar());
        }
        if (pos == text.length()) {
            throw new SyntaxError(text, start, "unterminated string");
        }
        pos++;
        return new Token(Token.Kind.LITERAL, text.substring(start, pos), value.toString(), start);
    }

    private Token character(int start) throws SyntaxError {
        pos++;
        if (pos >= text.length() || text.charAt(pos) == '\'') {
            throw new SyntaxError(text, start, "empty character literal");
        }
        char value = oneChar();
        if (pos >= text.length() || text.charAt(pos) != '\'') {
            throw new SyntaxError(text, start, "unterminated character literal");
        }
        pos++;
        return new Token(Token.Kind.LITERAL, text.substring(start, pos), value, start);
    }

    /** One character of a string or char literal, escapes decoded. */
    private char oneChar() throws SyntaxError {
        char c = text.charAt(pos++);
        if (c != '\\') {
            return c;
        }
        if (pos >= text.length()) {
            throw new SyntaxError(text, pos - 1, "unfinished escape");
        }
        char e = text.charAt(pos++);
        switch (e) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'b': return '\b';
            case 'f': return '\f';
            case 's': return ' ';
            case '0', '1', '2', '3', '4', '5', '6', '7': return octal(e);
            case '\\', '\'', '"': return e;
            case 'u': return unicode();
            default: throw new SyntaxError(text, pos - 2, "unknown escape \\" + e);
        }
    }

    private char octal(char first) {
        int value = first - '0';
        int max = first <= '3' ? 2 : 1;
        for (int i = 0; i < max && pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '7'; i++) {
            value = value * 8 + text.charAt(pos++) - '0';
        }
        return (char) value;
    }

    private char unicode() throws SyntaxError {
        while (pos < text.length() && text.charAt(pos) == 'u') {
            pos++;
        }
        if (pos + 4 > text.length()) {
            throw new SyntaxError(text, pos, "\\u needs four hex digits");
        }
        try {
            char value = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return value;
        } catch (NumberFormatException e) {
            throw new SyntaxError(text, pos, "\\u needs four hex digits");
        }
    }
}
