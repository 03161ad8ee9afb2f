package dev.profilelens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {
    @Test
    void formulasBecomeText() {
        assertThat(FormulaGuard.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(FormulaGuard.cell("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(FormulaGuard.cell("-2+3+cmd")).isEqualTo("'-2+3+cmd");
        assertThat(FormulaGuard.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void numbersAndPlainTextStayAsTheyAre() {
        assertThat(FormulaGuard.cell("-5")).isEqualTo("-5");
        assertThat(FormulaGuard.cell("+1.5e3")).isEqualTo("+1.5e3");
        assertThat(FormulaGuard.cell("Player_1")).isEqualTo("Player_1");
        assertThat(FormulaGuard.cell("")).isEmpty();
        assertThat(FormulaGuard.cell("a=b")).isEqualTo("a=b");
    }
}
