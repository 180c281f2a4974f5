"""Reading the spreadsheets trainers actually bring: encodings, delimiters, title rows, blank rows, merged cells."""

import codecs

import pytest
from openpyxl import Workbook

from trainer.errors import UserError
from trainer.roster.columns import guess_mapping, read_country, read_sector, read_sex
from trainer.roster.spreadsheet import read_spreadsheet

ROWS = "Nombre;Organización;País\nJosé Pérez;Cooperativa Ñandutí, S.A.;Guatemala\nAna Núñez;Ministerio;CR\n"


def test_utf8_with_bom_and_commas(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_bytes(codecs.BOM_UTF8 + ROWS.replace(";", ",").replace("Ñandutí, S.A.", "Ñandutí").encode())
    sheet = read_spreadsheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("utf-8-sig", ",")
    assert sheet.headers == ["Nombre", "Organización", "País"]
    assert [row.cells for row in sheet.rows] == [("José Pérez", "Cooperativa Ñandutí", "Guatemala"),
                                                 ("Ana Núñez", "Ministerio", "CR")]


def test_spanish_excel_csv_is_windows_1252_with_semicolons(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_bytes(ROWS.encode("cp1252"))
    sheet = read_spreadsheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    assert sheet.rows[0].cells == ("José Pérez", "Cooperativa Ñandutí, S.A.", "Guatemala")


def test_unicode_text_export_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "lista.txt"
    path.write_bytes(ROWS.replace(";", "\t").encode("utf-16"))
    sheet = read_spreadsheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("utf-16", "\t")
    assert sheet.rows[1].cells == ("Ana Núñez", "Ministerio", "CR")


def test_excel_delimiter_hint_line_is_obeyed(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("sep=,\nNombre,Nota\nAna,\"sí; claro\"\n", encoding="utf-8")
    sheet = read_spreadsheet(path)
    assert sheet.delimiter == "," and sheet.rows[0].cells == ("Ana", "sí; claro")


def test_title_rows_and_blank_rows_keep_the_numbers_the_trainer_sees(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("LISTA DE ASISTENTES - TALLER SOLOLÁ;;\n\nNombre;Correo;Sexo\nAna;ana@coop.gt;F\n;;\n\n"
                    "Luis;luis@coop.gt;M\n", encoding="utf-8")
    sheet = read_spreadsheet(path)
    assert sheet.header_row == 3
    assert [(row.number, row.cells[0]) for row in sheet.rows] == [(4, "Ana"), (7, "Luis")]


def test_xlsx_with_a_merged_title_and_merged_header_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Registro de participantes"
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Nombre completo", None, "País", "Correo electrónico"])
    sheet.merge_cells("A3:B3")  # the name header spans two columns; names sit in A
    sheet.append(["María José Ñúñez", None, "Honduras", "mj@example.org"])
    sheet.append([12345, None, "HN", None])  # a number typed as a name
    path = tmp_path / "registro.xlsx"
    book.save(path)
    read = read_spreadsheet(path)
    assert read.header_row == 3
    assert read.headers == ["Nombre completo", "", "País", "Correo electrónico"]
    assert read.column_name(1) == "B"
    assert [row.number for row in read.rows] == [4, 5]
    assert read.rows[0].cells == ("María José Ñúñez", "", "Honduras", "mj@example.org")
    assert read.rows[1].cells[0] == "12345"
    assert guess_mapping(read.headers) == {"name": 0, "country": 2, "email": 3}


def test_files_trainer_cannot_read_are_refused_with_what_to_do(tmp_path):
    old = tmp_path / "lista.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError) as error:
        read_spreadsheet(old)
    assert "guárdelo como \"Libro de Excel (.xlsx)\" o \"CSV\"" in error.value.message("es")
    broken = tmp_path / "roto.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(UserError) as error:
        read_spreadsheet(broken)
    assert error.value.code == "unreadable-xlsx"
    empty = tmp_path / "vacio.csv"
    empty.write_text("\n;;\n", encoding="utf-8")
    with pytest.raises(UserError) as error:
        read_spreadsheet(empty)
    assert error.value.message("en") == f"{empty}: the file has no rows"


@pytest.mark.parametrize("headers, expected", [
    (["Nombre", "Institución", "Sector", "País", "Sexo", "E-mail"],
     {"name": 0, "organization": 1, "sector": 2, "country": 3, "sex": 4, "email": 5}),
    (["Name", "Organisation", "Country", "Gender", "Email address"],
     {"name": 0, "organization": 1, "country": 2, "sex": 3, "email": 4}),
    (["No.", "Nombres", "Apellidos", "Nombre de la organización", "Correo (opcional)", "Teléfono"],
     {"first_name": 1, "last_name": 2, "organization": 3, "email": 4}),
    (["Participante", "Tipo de institución", "Empresa"], {"name": 0, "sector": 1, "organization": 2}),
])
def test_columns_are_guessed_from_spanish_or_english_headers(headers, expected):
    assert guess_mapping(headers) == expected


def test_values_are_read_in_either_language():
    assert [read_sector(v) for v in ("Público", "privada", "ACADÉMICO", "ONG", "")] == \
        ["public", "private", "academic", "other", "other"]
    assert [read_sex(v) for v in ("Mujer", "F", "hombre", "M", "", "Prefiero no decir")] == \
        ["female", "female", "male", "male", None, None]
    assert [read_country(v) for v in ("Guatemala", "méxico", "Dominican Republic", "Rep. Dominicana", "cr", "PER")] == \
        ["GT", "MX", "DO", "DO", "CR", "PE"]
