import ArgumentParser
import CaseloadKit

/// `caseload schema`: prints the XML Schema that budget XML files are validated against.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the XML Schema (XSD) of budget XML files."
    )

    func run() {
        print(BudgetSchema.xsd, terminator: "")
    }
}
