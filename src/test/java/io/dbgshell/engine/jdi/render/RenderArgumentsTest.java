package io.dbgshell.engine.jdi.render;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code dx} and {@code dv} arguments parsed into typed values, and each error naming its token. */
class RenderArgumentsTest {
    private static final Tunables LIMITS = Tunables.DEFAULTS;

    @Test
    void dxTakesADepthAnExpressionAndAPage() throws EngineException {
        assertThat(DxArguments.parse("list", LIMITS)).isEqualTo(new DxArguments(1, "list", Optional.empty()));
        assertThat(DxArguments.parse(" -r3  a.b ", LIMITS)).isEqualTo(new DxArguments(3, "a.b", Optional.empty()));
        assertThat(DxArguments.parse("-r 0 x", LIMITS)).isEqualTo(new DxArguments(0, "x", Optional.empty()));
        assertThat(DxArguments.parse("-r1 list,100", LIMITS))
                .isEqualTo(new DxArguments(1, "list", Optional.of(new Page(100, 100))));
        assertThat(DxArguments.parse("list, 0x10 , 0n5", LIMITS))
                .isEqualTo(new DxArguments(1, "list", Optional.of(new Page(16, 5))));
        assertThat(DxArguments.parse("Math.max(a, b)", LIMITS))
                .isEqualTo(new DxArguments(1, "Math.max(a, b)", Optional.empty()));
        assertThat(DxArguments.parse("m.get(\"a,b\"),2", LIMITS))
                .isEqualTo(new DxArguments(1, "m.get(\"a,b\")", Optional.of(new Page(2, 100))));
        assertThat(DxArguments.parse("-x", LIMITS)).isEqualTo(new DxArguments(1, "-x", Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                | dx needs an expression: dx [-r N] EXPR[,FIRST[,COUNT]]",
        "-r                | dx: '-r' needs a depth: dx [-r N] EXPR[,FIRST[,COUNT]]",
        "-rx list          | dx: '-rx': the depth is a number from 0 to 64",
        "-r 65 list        | dx: '-r65': the depth is a number from 0 to 64",
        "-g list           | dx: option '-g' is not supported (dx [-r N] EXPR[,FIRST[,COUNT]])",
        "list,ten          | dx: ',ten' is not a page: dx [-r N] EXPR[,FIRST[,COUNT]]",
        "list,-1           | dx: ',-1' is not a page: dx [-r N] EXPR[,FIRST[,COUNT]]",
        "list,1,0          | dx: ',0': COUNT is from 1 to 1000",
        "list,1,1001       | dx: ',1001': COUNT is from 1 to 1000",
        "list,1,2,3        | dx: ',3' is one number too many: dx [-r N] EXPR[,FIRST[,COUNT]]",
        "',5'              | dx needs an expression before ','",
    })
    void dxErrorsNameTheToken(String arguments, String message) {
        assertThatThrownBy(() -> DxArguments.parse(arguments, LIMITS)).isInstanceOf(EngineException.class)
                .hasMessage(message);
    }

    @Test
    void dvTakesTypesAndAPattern() throws EngineException {
        assertThat(DvArguments.parse("")).isEqualTo(new DvArguments(false, Optional.empty()));
        assertThat(DvArguments.parse("/t")).isEqualTo(new DvArguments(true, Optional.empty()));
        DvArguments pattern = DvArguments.parse("/t na?e*");
        assertThat(pattern.matches("names")).isTrue();
        assertThat(pattern.matches("nme")).isFalse();
        assertThat(DvArguments.parse("a.b").matches("axb")).isFalse();
        assertThatThrownBy(() -> DvArguments.parse("/T")).hasMessage("dv: option '/T' is not supported (dv [/t] [NAME])");
        assertThatThrownBy(() -> DvArguments.parse("a b")).hasMessage("dv: 'b' is one name too many (dv [/t] [NAME])");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ljava/util/List<Ljava/lang/String;>;                      | java.util.List<java.lang.String>",
        "Ljava/util/Map<TK;[TV;>;                                  | java.util.Map<K, V[]>",
        "Ljava/util/List<+Ljava/lang/Number;>;                     | java.util.List<? extends java.lang.Number>",
        "Ljava/util/Comparator<-TT;>;                              | java.util.Comparator<? super T>",
        "Ljava/util/List<*>;                                       | java.util.List<?>",
        "LOuter<Ljava/lang/String;>.Inner<TU;>;                    | Outer<java.lang.String>.Inner<U>",
        "[[I                                                       | int[][]",
        "Lbroken<                                                  | fallback",
    })
    void genericSignaturesReadAsSource(String signature, String name) {
        assertThat(TypeNames.of(signature, "fallback")).isEqualTo(name);
    }
}
