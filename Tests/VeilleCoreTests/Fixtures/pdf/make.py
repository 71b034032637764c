#!/usr/bin/env python3
"""Writes the PDF fixtures of PDFTests: releases we wrote, laid out as ministries publish them.
Raw PDF syntax, no dependency: Helvetica (one of the 14 standard fonts, WinAnsiEncoding, so French
accents are one byte each) placed line by line. Each release's known text is written beside it as
NAME.expected.txt (title, a blank line, then the paragraphs), which the F1 test reads.
Run it from this folder to write them again; the files are committed."""
import zlib
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import email.policy

PAGE_W, PAGE_H = 595, 842  # A4 in points


def escape(text):
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class PDF:
    """Objects numbered from 1; `page` adds a page whose content is the operators given."""

    def __init__(self):
        self.objects = []  # bytes of each object, numbered from 1
        self.pages = []
        self.add(b"")  # 1: catalog, filled in by `write`
        self.add(b"")  # 2: page tree, filled in by `write`
        self.fonts = self.add(b"<< /F1 4 0 R /F2 5 0 R >>")  # 3
        self.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        self.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")

    def add(self, body):
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data, extra=b"", compress=True):
        if compress:
            data = zlib.compress(data, 9)
            extra += b" /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream")

    def page(self, operators, resources=None):
        content = self.stream(operators)
        resources = resources or b"<< /Font 3 0 R >>"
        self.pages.append(self.add(b"<< /Type /Page /Parent 2 0 R /Contents %d 0 R /Resources %s >>" % (content, resources)))

    def write(self, name, info=None, encrypt=None):
        kids = b" ".join(b"%d 0 R" % n for n in self.pages)
        self.objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
        self.objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 %d %d] >>" % (kids, len(self.pages), PAGE_W, PAGE_H)
        trailer = b"/Root 1 0 R"
        if info:
            fields = b" ".join(b"/%s (%s)" % (key.encode(), escape(value)) for key, value in info.items())
            trailer += b" /Info %d 0 R" % self.add(b"<< " + fields + b" >>")
        if encrypt:
            trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (self.add(encrypt), b"ab" * 16, b"ab" * 16)
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(self.objects) + 1, trailer, xref)
        with open(name, "wb") as f:
            f.write(out)
        return bytes(out)


def wrap(paragraph, width):
    """Lines of at most `width` characters; a word marked with '|' is split there with a hyphen."""
    lines, line = [], ""
    for word in paragraph.split():
        whole = word.replace("|", "")
        if "|" in word and line:  # always broken there, so that every fixture has its hyphens
            head, tail = word.split("|", 1)
            lines.append(line + " " + head + "-")
            line = tail.replace("|", "")
            continue
        if len(line) + 1 + len(whole) <= width or not line:
            line = (line + " " + whole).strip()
            continue
        lines.append(line)
        line = whole
    return lines + [line]


def text_line(x, y, text, font=b"F1", size=10):
    return b"BT /%s %d Tf 1 0 0 1 %d %d Tm (%s) Tj ET\n" % (font, size, x, y, escape(text))


class Layout:
    """Flows a title and paragraphs down columns and pages, with running headers and footers."""

    def __init__(self, pdf, columns=1, header=None, footer=None, numbers=None, width=None):
        self.pdf, self.columns, self.header, self.footer, self.numbers = pdf, columns, header, footer, numbers
        self.column_width = (PAGE_W - 144 - 30 * (columns - 1)) // columns
        self.chars = width or (self.column_width // 6)
        self.pages = []  # operators of each page
        self.new_page()

    def new_page(self):
        self.pages.append(bytearray())
        self.column, self.top = 0, PAGE_H - 90
        self.y = self.top

    def advance(self, step):
        self.y -= step
        if self.y < 80:
            self.column += 1
            self.y = self.top
            if self.column == self.columns:
                self.new_page()

    def title(self, text):
        self.pages[-1] += text_line(72, self.y, text, b"F2", 14)
        self.y -= 34
        self.top = self.y  # the columns start under the title

    def paragraph(self, text):
        for line in wrap(text, self.chars):
            x = 72 + self.column * (self.column_width + 30)
            self.pages[-1] += text_line(x, self.y, line)
            self.advance(13)
        self.advance(9)

    def finish(self):
        total = len(self.pages)
        for number, operators in enumerate(self.pages, 1):
            if self.header:
                operators += text_line(72, PAGE_H - 50, self.header, size=8)
            if self.footer:
                operators += text_line(72, 40, self.footer, size=8)
            if self.numbers:
                operators += text_line(PAGE_W - 120, 40, self.numbers.format(n=number, total=total), size=8)
            self.pdf.page(bytes(operators))


def release(name, title, paragraphs, info=None, columns=1, header=None, footer=None, numbers=None, heading=True):
    pdf = PDF()
    layout = Layout(pdf, columns, header, footer, numbers)
    if heading:
        layout.title(title)
    for paragraph in paragraphs:
        layout.paragraph(paragraph)
    layout.finish()
    with open(name.replace(".pdf", ".expected.txt"), "w", encoding="utf-8") as f:
        f.write(title + "\n\n" + "\n\n".join(p.replace("|", "") for p in paragraphs) + "\n")
    return pdf.write(name, info)


FR = [
    "Le ministère des Affaires étrangères, de l'Intégration régionale et des Togolais de l'extérieur informe "
    "l'opinion nationale et internationale que le Togo accueillera, du 9 au 11 décembre 2024 à Lomé, la réunion "
    "ministérielle sur la sécurité maritime dans le golfe de Guinée.",
    "Cette réunion rassemblera les ministres chargés de la défense et des affaires étrangères des pays riverains, "
    "ainsi que les représentants de la Commission de la CEDEAO et de la Communauté économique des États de "
    "l'Afrique centrale. Les travaux porteront sur la lutte contre la piraterie, le trafic de drogue et la pêche illicite.",
    "Le gouvernement togolais réaffirme son engagement en faveur d'une coopération régionale renforcée pour la "
    "stabilité et la prospérité de l'espace maritime commun.",
]
EN = [
    "The United Nations Office for West Africa and the Sahel welcomes the agreement reached in Abuja on Tuesday "
    "between the parties to the dispute over the border districts. The Special Representative of the "
    "Secretary-General commends the spirit of compromise shown by the delegations.",
    "The agreement provides for a ceasefire monitored by a joint commission, the return of displaced families "
    "before the rainy season, and a timetable for the withdrawal of armed units from the contested area.",
    "The United Nations stands ready to support its implementation, together with the African Union and the "
    "Economic Community of West African States.",
]
PLACES = ["au Sahel", "dans le bassin du lac Tchad", "dans la région du Liptako-Gourma", "au nord du Mali",
          "dans l'est du Burkina Faso", "dans la région de Tillabéri", "au nord du Bénin", "dans les Savanes"]


def long_text(places):
    """A communiqué of one paragraph group per place; '|' marks where a word is hyphenated at a line end."""
    paragraphs = []
    for number, place in enumerate(places, 1):
        paragraphs += [
            f"Au point {number} de son ordre du jour, le Conseil de paix et de sécurité de l'Union africaine a examiné "
            f"la situation sécuri|taire {place}, à la lumière des attaques récentes contre des positions militaires "
            "et des populations civiles.",
            f"Le Conseil condamne ferme|ment les violences commises {place} contre les forces de défense et de "
            "sécurité ainsi que contre les civils, et présente ses condoléances aux familles des victimes. Il "
            f"souhaite un prompt rétablisse|ment aux {number * 3 + 4} blessés recensés par les autorités.",
            f"Pour la zone concernée, il encourage les États membres à renforcer la coopéra|tion transfronta|lière, "
            f"le partage du renseignement et la coordination des {number + 1} opérations conjointes en cours.",
        ]
    return paragraphs + [
        "Le Conseil décide de rester activement saisi de la question et demande à la Commission de lui présenter "
        "un rapport sur la mise en œuvre de ses décisions lors de sa prochaine session consacrée au Sahel."]


TWO_COLUMNS = [
    "The Foreign Ministers of the Group met in Dakar to review the security situation in the region and the "
    "progress of the joint force against armed groups operating across the borders.",
    "The Ministers expressed deep concern at the growing number of attacks on schools and health centres, "
    "which have forced thousands of families to flee their homes in the border areas.",
    "They called on international partners to honour their pledges to the joint force and to the "
    "humanitarian response plan, which remains less than half funded this year.",
    "The Ministers agreed to meet again in three months to assess the implementation of the measures adopted, "
    "including the creation of a regional centre for the exchange of intelligence.",
    "The meeting was held in a cordial atmosphere and the Ministers thanked the Government of Senegal for its "
    "warm hospitality and for the excellent arrangements made for their stay.",
]

release("fr-communique.pdf", "Réunion ministérielle sur la sécurité maritime à Lomé", FR,
        info={"Title": "Réunion ministérielle sur la sécurité maritime à Lomé", "Author": "jdupont",
              "Producer": "LibreOffice 7.4", "CreationDate": "D:20241205103000+01'00'"})
release("en-statement.pdf", "UNOWAS welcomes the Abuja border agreement", EN,
        info={"Title": "Microsoft Word - statement_final_v3.docx", "Producer": "Microsoft Word"})
release("two-columns.pdf", "Foreign Ministers review regional security in Dakar", TWO_COLUMNS, columns=2)
release("running-headers.pdf", "Communiqué sur la situation sécuritaire au Sahel", long_text(PLACES),
        header="Union africaine — Conseil de paix et de sécurité", footer="www.peaceau.org",
        numbers="Page {n} / {total}", info={"CreationDate": "D:20241202"})
release("ten-pages.pdf", "Communiqué sur la situation sécuritaire au Sahel", long_text(PLACES * 4),
        header="Union africaine — Conseil de paix et de sécurité", footer="www.peaceau.org", numbers="- {n} -")

# A scan: one page that is only an image (a grey 64×64 picture), no text layer.
pdf = PDF()
image = pdf.stream(bytes((x * y) % 256 for y in range(64) for x in range(64)),
                   b" /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8")
pdf.page(b"q 451 0 0 698 72 72 cm /Im1 Do Q\n", b"<< /XObject << /Im1 %d 0 R >> >>" % image)
pdf.write("scanned.pdf")

# Encrypted with a user password (RC4, standard security handler revision 2): the keys are made up,
# so no password opens it, which is all Veille needs to see.
pdf = PDF()
pdf.page(text_line(72, 700, "Confidential"))
pdf.write("encrypted.pdf", encrypt=b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <%s> /U <%s> >>"
          % (b"0f" * 32, b"3c" * 32))

# A zip bomb: one page whose content stream is 32 KB compressed into 32 MB of operators.
pdf = PDF()
content = pdf.stream(b"q Q\n" * (8 << 20))
pdf.pages.append(pdf.add(b"<< /Type /Page /Parent 2 0 R /Contents %d 0 R /Resources << /Font 3 0 R >> >>" % content))
pdf.write("zip-bomb.pdf")

def cover_note(name, pdf_name, attachment_name, subject, note):
    """A mail whose body is only `note`, with the PDF `pdf_name` attached as `attachment_name`."""
    with open(pdf_name, "rb") as f:
        attachment = f.read()
    m = MIMEMultipart("mixed")
    headers = {"From": "Service de presse <presse@diplomatie.gouv.tg>", "To": "desk@example.org",
               "Subject": subject, "Date": "Fri, 6 Dec 2024 08:30:00 +0000"}
    for field, value in headers.items():
        m[field] = value
    m.attach(MIMEText(note, "plain", "utf-8"))
    part = MIMEApplication(attachment, "pdf")
    part.add_header("Content-Disposition", "attachment", filename=attachment_name)
    m.attach(part)
    with open(name, "wb") as f:
        f.write(m.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n")))


# A cover note with the French communiqué attached as a PDF (whose Title is set), and one with the
# English statement (whose Title is a word processor's: its first line is the title).
cover_note("cover-note-pdf.eml", "fr-communique.pdf", "communique-securite-maritime.pdf", "Communiqué de presse",
           "Bonjour,\n\nVeuillez trouver ci-joint notre communiqué.\n\nCordialement,\nLe service de presse")
cover_note("cover-note-untitled-pdf.eml", "en-statement.pdf", "statement.pdf", "Press release",
           "Dear colleagues,\n\nPlease find our statement attached.\n\nPress office")
