"""The names of the world's countries, so that "the country" can find the one an
article names.

Source and licence: written by hand for this project from common knowledge (the
member states of the United Nations and a few states with limited recognition,
in their usual English short forms; no list was copied; the code's MIT licence
covers it). Long official forms and abbreviations ("United States of America",
"USA") reach these through the alias table (`aliases.canonical`), so only one
usual form per country (and a second where both are common) is listed here.
"""

from __future__ import annotations

from .aliases import canonical

COUNTRIES: frozenset[str] = frozenset("""
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia
Bosnia and Herzegovina|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde
Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo
Democratic Republic of the Congo|Costa Rica|Côte d'Ivoire|Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic
Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea
Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada
Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland
Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon
Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco
Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria
North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay
Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia
Saint Vincent and the Grenadines|Samoa|San Marino|São Tomé and Príncipe|Saudi Arabia|Senegal|Serbia
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea
South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand
Timor-Leste|East Timor|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda
Ukraine|United Arab Emirates|United Kingdom|England|Scotland|Wales|United States|Uruguay|Uzbekistan
Vanuatu|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Soviet Union|Yugoslavia
""".replace("\n", "|").strip("|").split("|"))


def is_country(name: str) -> bool:
    """Is `name` (or the form the alias table gives it) a country?"""
    name = name.replace("’", "'")
    return name in COUNTRIES or canonical(name) in COUNTRIES
