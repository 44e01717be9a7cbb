/// The XML Schema of budget files (`urn:caseload:budget:1`), shipped inside the program so
/// that validation never depends on a file beside it. `caseload schema` prints it.
public enum BudgetSchema {
    /// The namespace of budget files.
    public static let namespace = "urn:caseload:budget:1"

    /// The schema text.
    public static let xsd = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- caseload budget files, format version 1.
         A file holds one <budget> or several inside <budgetter>. -->
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               xmlns="urn:caseload:budget:1"
               targetNamespace="urn:caseload:budget:1"
               elementFormDefault="qualified"
               attributeFormDefault="unqualified">

      <xs:element name="budgetter">
        <xs:complexType>
          <xs:sequence>
            <xs:element ref="budget" minOccurs="1" maxOccurs="unbounded"/>
          </xs:sequence>
        </xs:complexType>
      </xs:element>

      <xs:element name="budget">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="post" type="Post" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
          <xs:attribute name="kommune" type="Name" use="required"/>
          <xs:attribute name="aar" type="Year" use="required"/>
          <xs:attribute name="grundlag" type="Grundlag" default="brutto"/>
          <xs:attribute name="version" type="Version" default="oprindeligt"/>
        </xs:complexType>
      </xs:element>

      <xs:complexType name="Post">
        <xs:attribute name="ydelse" type="Name" use="required"/>
        <xs:attribute name="beloeb" type="Amount" use="required"/>
      </xs:complexType>

      <!-- Kroner with at most two decimals (øre), within ±10^13 kr. -->
      <xs:simpleType name="Amount">
        <xs:restriction base="xs:decimal">
          <xs:fractionDigits value="2"/>
          <xs:totalDigits value="16"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="Year">
        <xs:restriction base="xs:string">
          <xs:pattern value="(19|2[0-9])[0-9]{2}"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="Grundlag">
        <xs:restriction base="xs:string">
          <xs:enumeration value="brutto"/>
          <xs:enumeration value="netto"/>
        </xs:restriction>
      </xs:simpleType>

      <!-- The original budget (the default) or the corrected budget of a follow-up. -->
      <xs:simpleType name="Version">
        <xs:restriction base="xs:string">
          <xs:enumeration value="oprindeligt"/>
          <xs:enumeration value="korrigeret"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="Name">
        <xs:restriction base="xs:string">
          <xs:minLength value="1"/>
          <xs:pattern value=".*\S.*"/>
        </xs:restriction>
      </xs:simpleType>
    </xs:schema>

    """#
}
