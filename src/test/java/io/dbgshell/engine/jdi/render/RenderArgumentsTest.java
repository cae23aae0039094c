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
    private static final ValueRenderer DX = new ValueRenderer(Tunables.DEFAULTS);

    @Test
    void dxTakesADepthAnExpressionAndAPage() throws EngineException {
        assertThat(DX.arguments("list")).isEqualTo(new DxArguments(1, "list", Optional.empty()));
        assertThat(DX.arguments(" -r3  a.b ")).isEqualTo(new DxArguments(3, "a.b", Optional.empty()));
        assertThat(DX.arguments("-r 0 x")).isEqualTo(new DxArguments(0, "x", Optional.empty()));
        assertThat(DX.arguments("-r1 list,100"))
                .isEqualTo(new DxArguments(1, "list", Optional.of(new Page(100, 100))));
        assertThat(DX.arguments("list, 0x10 , 0n5"))
                .isEqualTo(new DxArguments(1, "list", Optional.of(new Page(16, 5))));
        assertThat(DX.arguments("Math.max(a, b)"))
                .isEqualTo(new DxArguments(1, "Math.max(a, b)", Optional.empty()));
        assertThat(DX.arguments("m.get(\"a,b\"),2"))
                .isEqualTo(new DxArguments(1, "m.get(\"a,b\")", Optional.of(new Page(2, 100))));
        assertThat(DX.arguments("-x")).isEqualTo(new DxArguments(1, "-x", Optional.empty()));
    }

    @Test
    void shrunkBoundsNameThemselvesAndTheDefaultPageStaysWithinThem() throws EngineException {
        ValueRenderer small = new ValueRenderer(Tunables.DEFAULTS.with(RenderSettings.DX_CHILDREN, 50)
                .with(RenderSettings.DX_MAX_PAGE, 20).with(RenderSettings.DX_MAX_DEPTH, 3));

        assertThat(small.arguments("list,5")).isEqualTo(new DxArguments(1, "list", Optional.of(new Page(5, 20))));
        assertThatThrownBy(() -> small.arguments("list,0,21")).hasMessage("dx: ',21': COUNT is from 1 to 20");
        assertThatThrownBy(() -> small.arguments("-r4 list")).hasMessage("dx: '-r4': the depth is a number from 0 to 3");
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
        assertThatThrownBy(() -> DX.arguments(arguments)).isInstanceOf(EngineException.class)
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
