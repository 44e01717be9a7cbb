/// Figures and lists in the Danish of the reports' sentences (flag explanations, goal checks):
/// the one place their number style and wording of lists are decided.
public enum DanishText {
    /// Whole kroner: `1.000.032`.
    public static func kroner(_ value: Exact) -> String { NumberFormat.danish.string(value, decimals: 0) }

    /// Helårspersoner with at most one decimal: `704`, `12,5`.
    public static func persons(_ value: Exact) -> String {
        let text = NumberFormat.danish.string(value, decimals: 1)
        return text.hasSuffix(",0") ? String(text.dropLast(2)) : text
    }

    /// A share of the labour force (helårspersoner per 100) with two significant digits, at
    /// least one decimal and at most four: `3,2`, `0,17`, `0,012`, `0,0091`, `0,0`.
    public static func share(_ value: Exact) -> String {
        let size = value < .zero ? .zero - value : value
        let decimals = size >= Exact(1) ? 1 : size >= Exact(1) / Exact(10) ? 2 : size >= Exact(1) / Exact(100) ? 3 : size.isZero ? 1 : 4
        return NumberFormat.danish.string(value, decimals: decimals)
    }

    /// Helårspersoner without sign: whole from 10 up (`71`), with at most one decimal below (`6,2`, `0,5`).
    public static func wholePersons(_ value: Exact) -> String {
        let size = value < .zero ? .zero - value : value
        return size >= Exact(10) ? NumberFormat.danish.string(size, decimals: 0) : persons(size)
    }

    /// A threshold as pipeline.yml gives it, up to two decimals without trailing zeros: `50`, `3,5`.
    public static func threshold(_ value: Exact) -> String {
        var text = NumberFormat.danish.string(value, decimals: 2)
        while text.hasSuffix("0"), text.contains(",") { text.removeLast() }
        return text.hasSuffix(",") ? String(text.dropLast()) : text
    }

    /// Whole percent without sign: `633`.
    public static func percent(_ value: Exact) -> String {
        NumberFormat.danish.string(value < .zero ? .zero - value : value, decimals: 0)
    }

    /// `Vallensbæk og Ishøj`, `A, B og C`.
    public static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " og " + last
    }

    /// The genitive of a name: `Ishøjs`, `Vallensbæks`; a name ending in s, x or z takes an
    /// apostrophe (`Aars'`).
    public static func genitive(_ name: String) -> String {
        guard let last = name.lowercased().last else { return name }
        return "sxz".contains(last) ? name + "'" : name + "s"
    }

    /// `30.9.2017`.
    public static func date(_ day: Day) -> String {
        let (y, m, d) = day.components
        return "\(d).\(m).\(y)"
    }

    /// `i 2017` or `i 2017 til og med 28.2.2017` for the budget year's actuals, `through`
    /// being the last day they cover (`ReconciliationReport.actualsThrough`).
    public static func period(year: Int, through: Day?) -> String {
        through.map { "i \(year) til og med \(date($0))" } ?? "i \(year)"
    }
}
