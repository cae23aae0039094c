package io.dbgshell.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for the expression language: Java's grammar and precedence for the
 * constructs it has, and a syntax error naming the column (and, for the Java it leaves out, saying
 * so) for everything else.
 */
final class Parser {
    /** Java that parses as Java but that the language leaves out, and why, by the token it starts at. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("=", "assignment is not supported"),
            Map.entry("+=", "assignment is not supported"), Map.entry("-=", "assignment is not supported"),
            Map.entry("*=", "assignment is not supported"), Map.entry("/=", "assignment is not supported"),
            Map.entry("%=", "assignment is not supported"), Map.entry("&=", "assignment is not supported"),
            Map.entry("|=", "assignment is not supported"), Map.entry("^=", "assignment is not supported"),
            Map.entry("<<=", "assignment is not supported"), Map.entry(">>=", "assignment is not supported"),
            Map.entry(">>>=", "assignment is not supported"),
            Map.entry("++", "increment and decrement are not supported"),
            Map.entry("--", "increment and decrement are not supported"),
            Map.entry("->", "lambdas are not supported"),
            Map.entry("::", "method references are not supported"),
            Map.entry("{", "anonymous classes and array initialisers are not supported"),
            Map.entry(";", "one expression only (no statements)"));

    private final String text;
    private final List<Token> tokens;
    private int at;

    Parser(String text) throws SyntaxError {
        this.text = text;
        this.tokens = Lexer.tokens(text);
    }

    Node parseWhole() throws SyntaxError {
        if (peek().kind() == Token.Kind.END) {
            throw error(peek(), "empty expression");
        }
        Node node = expression();
        Token rest = peek();
        if (rest.kind() != Token.Kind.END) {
            throw error(rest, rest.kind() == Token.Kind.OPERATOR
                    ? REFUSED.getOrDefault(rest.text(), unexpected(rest)) : unexpected(rest));
        }
        return node;
    }

    private Node expression() throws SyntaxError {
        Node condition = binary(1);
        if (!peek().is("?")) {
            return condition;
        }
        next();
        Node whenTrue = expression();
        expect(":");
        Node whenFalse = expression();
        return new Node.Conditional(condition, whenTrue, whenFalse, condition.column());
    }

    /** Precedence climbing over the binary operators and {@code instanceof}. */
    private Node binary(int minPrecedence) throws SyntaxError {
        Node left = unary();
        while (true) {
            Token token = peek();
            if (token.is("instanceof") && BinaryOp.RELATIONAL >= minPrecedence) {
                next();
                left = new Node.InstanceOf(left, type(), left.column());
                continue;
            }
            BinaryOp op = token.kind() == Token.Kind.OPERATOR ? BinaryOp.bySymbol(token.text()) : null;
            if (op == null || op.precedence() < minPrecedence) {
                return left;
            }
            next();
            Node right = binary(op.precedence() + 1);
            left = new Node.Binary(op, left, right, token.column());
        }
    }

    private Node unary() throws SyntaxError {
        Token token = peek();
        UnaryOp op = switch (token.kind() == Token.Kind.OPERATOR ? token.text() : "") {
            case "+" -> UnaryOp.PLUS;
            case "-" -> UnaryOp.MINUS;
            case "!" -> UnaryOp.NOT;
            case "~" -> UnaryOp.COMPLEMENT;
            default -> null;
        };
        if (op != null) {
            next();
            if (op == UnaryOp.MINUS && isMinimumMagnitude(peek())) {
                Object value = next().value() instanceof Long big && big == 1L << 31
                        ? (Object) Integer.MIN_VALUE : (Object) Long.MIN_VALUE;
                return new Node.Literal(value, token.column());
            }
            return new Node.Unary(op, unary(), token.column());
        }
        if (token.is("(") && isCast()) {
            next();
            TypeName type = type();
            expect(")");
            return new Node.Cast(type, unary(), token.column());
        }
        return postfix(primary());
    }

    /**
     * Whether the {@code (} here starts a cast, by Java's rule: a primitive type in parentheses
     * always does; a reference type does when what follows cannot continue a binary expression
     * ({@code (a) - b} subtracts, {@code (String) -x} would not compile anyway).
     */
    private boolean isCast() throws SyntaxError {
        int save = at;
        try {
            next();
            if (peek().kind() != Token.Kind.IDENTIFIER) {
                return false;
            }
            boolean primitive = TypeName.isPrimitiveName(peek().text());
            type();
            if (!peek().is(")")) {
                return false;
            }
            next();
            Token after = peek();
            if (primitive) {
                return true;
            }
            return switch (after.kind()) {
                case IDENTIFIER, LITERAL -> !after.is("instanceof");
                case OPERATOR -> after.is("(") || after.is("!") || after.is("~");
                case END -> false;
            };
        } catch (SyntaxError notAType) {
            return false;
        } finally {
            at = save;
        }
    }

    private TypeName type() throws SyntaxError {
        Token first = peek();
        if (first.kind() != Token.Kind.IDENTIFIER) {
            throw error(first, "a type name is expected here");
        }
        StringBuilder name = new StringBuilder(next().text());
        while (true) {
            if (peek().is("<")) {
                skipTypeArguments();
            } else if (peek().is(".") && tokens.get(at + 1).kind() == Token.Kind.IDENTIFIER) {
                next();
                name.append('.').append(next().text());
            } else {
                break;
            }
        }
        int dimensions = 0;
        while (peek().is("[") && tokens.get(at + 1).is("]")) {
            next();
            next();
            dimensions++;
        }
        return new TypeName(name.toString(), dimensions, first.column());
    }

    /** Type arguments are erased in the target, so they are read and dropped. */
    private void skipTypeArguments() throws SyntaxError {
        int depth = 0;
        do {
            Token token = next();
            switch (token.kind() == Token.Kind.OPERATOR ? token.text() : "") {
                case "<" -> depth++;
                case ">" -> depth--;
                case ">>" -> depth -= 2;
                case ">>>" -> depth -= 3;
                case ",", "?", ".", "[", "]", "&" -> { }
                default -> {
                    if (token.kind() != Token.Kind.IDENTIFIER) {
                        throw error(token, "malformed type arguments");
                    }
                }
            }
        } while (depth > 0);
        if (depth < 0) {
            throw error(peek(), "malformed type arguments");
        }
    }

    private Node primary() throws SyntaxError {
        Token token = next();
        switch (token.kind()) {
            case LITERAL -> {
                if (isMinimumMagnitude(token)) {
                    throw error(token, "integer number too large: " + token.text());
                }
                return new Node.Literal(token.value(), token.column());
            }
            case IDENTIFIER -> {
                return switch (token.text()) {
                    case "null" -> new Node.Literal(null, token.column());
                    case "this" -> new Node.This(token.column());
                    case "new" -> creation(token);
                    case "super" -> throw error(token, "'super' is not supported");
                    default -> peek().is("(")
                            ? new Node.Call(null, token.text(), arguments(), token.column())
                            : new Node.Name(token.text(), token.column());
                };
            }
            case OPERATOR -> {
                if (token.is("(")) {
                    Node inner = expression();
                    expect(")");
                    return inner;
                }
                throw error(token, REFUSED.getOrDefault(token.text(), unexpected(token)));
            }
            default -> throw error(token, "the expression ends too soon");
        }
    }

    /**
     * {@code 2147483648} and {@code 9223372036854775808L}: the one decimal literal of each type that
     * is legal only as the operand of a unary minus (JLS 3.10.1).
     */
    private static boolean isMinimumMagnitude(Token token) {
        if (token.kind() != Token.Kind.LITERAL || !(token.value() instanceof Long)) {
            return false;
        }
        String digits = token.text().replace("_", "").toLowerCase();
        return digits.equals(Lexer.INT_MIN_DIGITS) || digits.equals(Lexer.LONG_MIN_DIGITS + "l");
    }

    private Node creation(Token keyword) throws SyntaxError {
        TypeName type = type();
        if (type.dimensions() > 0 || peek().is("[")) {
            throw error(peek(), "array creation is not supported");
        }
        if (!peek().is("(")) {
            throw error(peek(), "'(' is expected after new " + type.name());
        }
        List<Node> arguments = arguments();
        if (peek().is("{")) {
            throw error(peek(), REFUSED.get("{"));
        }
        return new Node.New(type, arguments, keyword.column());
    }

    private Node postfix(Node node) throws SyntaxError {
        while (true) {
            Token token = peek();
            if (token.is(".")) {
                next();
                Token name = next();
                if (name.kind() != Token.Kind.IDENTIFIER) {
                    throw error(name, "a name is expected after '.'");
                }
                node = peek().is("(")
                        ? new Node.Call(node, name.text(), arguments(), name.column())
                        : new Node.Field(node, name.text(), name.column());
            } else if (token.is("[")) {
                next();
                Node index = expression();
                expect("]");
                node = new Node.Index(node, index, token.column());
            } else if (REFUSED.containsKey(token.text()) && token.kind() == Token.Kind.OPERATOR) {
                throw error(token, REFUSED.get(token.text()));
            } else {
                return node;
            }
        }
    }

    private List<Node> arguments() throws SyntaxError {
        expect("(");
        List<Node> arguments = new ArrayList<>();
        if (peek().is(")")) {
            next();
            return arguments;
        }
        do {
            arguments.add(expression());
        } while (accept(","));
        expect(")");
        return arguments;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() throws SyntaxError {
        Token token = tokens.get(at);
        if (token.kind() == Token.Kind.END) {
            throw error(token, "the expression ends too soon");
        }
        at++;
        return token;
    }

    private boolean accept(String operator) {
        if (peek().is(operator)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String operator) throws SyntaxError {
        Token token = peek();
        if (!token.is(operator)) {
            throw error(token, token.kind() == Token.Kind.END ? "'" + operator + "' is missing"
                    : REFUSED.getOrDefault(token.text(), "'" + operator + "' is expected here"));
        }
        at++;
    }

    private static String unexpected(Token token) {
        return token.kind() == Token.Kind.END ? "the expression ends too soon" : "unexpected '" + token.text() + "'";
    }

    private SyntaxError error(Token token, String reason) {
        return new SyntaxError(text, token.column(), reason);
    }
}
