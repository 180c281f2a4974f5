"""The countries participants come from and country notes may name (ISO 3166-1 alpha-2).

Latin America and the Caribbean, plus the trading partners a workshop meets
most; one list serves the profile form, the course validator and the reports.
"""

COUNTRIES: dict[str, dict[str, str]] = {
    "AG": {"es": "Antigua y Barbuda", "en": "Antigua and Barbuda"},
    "AR": {"es": "Argentina", "en": "Argentina"},
    "BS": {"es": "Bahamas", "en": "Bahamas"},
    "BB": {"es": "Barbados", "en": "Barbados"},
    "BZ": {"es": "Belice", "en": "Belize"},
    "BO": {"es": "Bolivia", "en": "Bolivia"},
    "BR": {"es": "Brasil", "en": "Brazil"},
    "CA": {"es": "Canadá", "en": "Canada"},
    "CL": {"es": "Chile", "en": "Chile"},
    "CO": {"es": "Colombia", "en": "Colombia"},
    "CR": {"es": "Costa Rica", "en": "Costa Rica"},
    "CU": {"es": "Cuba", "en": "Cuba"},
    "DM": {"es": "Dominica", "en": "Dominica"},
    "DO": {"es": "República Dominicana", "en": "Dominican Republic"},
    "EC": {"es": "Ecuador", "en": "Ecuador"},
    "SV": {"es": "El Salvador", "en": "El Salvador"},
    "ES": {"es": "España", "en": "Spain"},
    "US": {"es": "Estados Unidos", "en": "United States"},
    "GD": {"es": "Granada", "en": "Grenada"},
    "GT": {"es": "Guatemala", "en": "Guatemala"},
    "GY": {"es": "Guyana", "en": "Guyana"},
    "HT": {"es": "Haití", "en": "Haiti"},
    "HN": {"es": "Honduras", "en": "Honduras"},
    "JM": {"es": "Jamaica", "en": "Jamaica"},
    "MX": {"es": "México", "en": "Mexico"},
    "NI": {"es": "Nicaragua", "en": "Nicaragua"},
    "PA": {"es": "Panamá", "en": "Panama"},
    "PY": {"es": "Paraguay", "en": "Paraguay"},
    "PE": {"es": "Perú", "en": "Peru"},
    "PR": {"es": "Puerto Rico", "en": "Puerto Rico"},
    "KN": {"es": "San Cristóbal y Nieves", "en": "Saint Kitts and Nevis"},
    "LC": {"es": "Santa Lucía", "en": "Saint Lucia"},
    "VC": {"es": "San Vicente y las Granadinas", "en": "Saint Vincent and the Grenadines"},
    "SR": {"es": "Surinam", "en": "Suriname"},
    "TT": {"es": "Trinidad y Tobago", "en": "Trinidad and Tobago"},
    "UY": {"es": "Uruguay", "en": "Uruguay"},
    "VE": {"es": "Venezuela", "en": "Venezuela"},
}


def country_name(code: str, lang: str) -> str:
    """The country's name in `lang`, or the code itself for a code we do not list."""
    names = COUNTRIES.get(code.upper())
    return names.get(lang, names["en"]) if names else code
