package dev.profilelens.core.export;

import java.util.regex.Pattern;

/**
 * Keeps exported text cells from running as spreadsheet formulas (CSV injection): a cell that starts with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, which spreadsheets show as text.
 * Plain numbers ({@code -5}, {@code +1.5e3}) are left alone: they are data, not formulas.
 */
public final class FormulaGuard {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    public static String cell(String value) {
        if (value.isEmpty() || !startsLikeFormula(value.charAt(0)) || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static boolean startsLikeFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
