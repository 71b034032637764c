#!/usr/bin/env python3
"""Writes the e-mail fixtures of MailTests: releases we wrote, sent the ways a press desk receives
them. Run it from this folder to write them again; the files are committed."""
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.header import Header
from email import charset as cs
import email.policy

FR = ("Le ministère de la Sécurité et de la Protection civile informe que le dispositif sécuritaire "
      "a été renforcé dans la région des Savanes après l'attaque menée contre un poste avancé près de Dapaong. "
      "Les forces de défense et de sécurité ont repoussé les assaillants et poursuivent les opérations de ratissage.\n\n"
      "Le gouvernement appelle les populations à la vigilance et à collaborer avec les forces de défense "
      "en signalant tout mouvement suspect aux autorités locales.")
EN = ("The Ministry of Foreign Affairs announces that the Minister will travel to Accra on Monday for the "
      "joint commission between Togo and Ghana. The talks will cover border security, trade and the "
      "fight against violent extremism in the region.\n\n"
      "A joint communiqué will be issued at the end of the session.")

def write(name, message):
    with open(name, "wb") as f:
        f.write(message.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n")))

# 1. A forwarded communiqué in quoted-printable French, plain and HTML alternatives, encoded subject.
m = MIMEMultipart("alternative")
m["From"] = "Desk Veille <desk@example.org>"
m["To"] = "analystes@example.org"
m["Subject"] = Header("TR: Communiqué sur la situation sécuritaire dans les Savanes", "utf-8")
m["Date"] = "Tue, 03 Dec 2024 09:12:00 +0000"
m["MIME-Version"] = "1.0"
body = ("Pour information.\n\n---------- Forwarded message ---------\n"
        "De : Service de presse <presse@securite.gouv.tg>\nDate: lun. 2 déc. 2024 à 18:40\n"
        "Subject: Communiqué sur la situation sécuritaire dans les Savanes\nTo: <desk@example.org>\n\n" + FR +
        "\n\n-- \nService de presse\nCe message et ses pièces jointes sont confidentiels.")
qp = cs.Charset("utf-8"); qp.body_encoding = cs.QP
m.attach(MIMEText(body, "plain", qp))
m.attach(MIMEText("<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>", "html", "utf-8"))
write("forwarded-qp.eml", m)

# 2. A cover note with the release attached as an HTML page, in base64.
m = MIMEMultipart("mixed")
m["From"] = "=?utf-8?q?Minist=C3=A8re_des_Affaires_=C3=A9trang=C3=A8res?= <info@diplomatie.gouv.tg>"
m["To"] = "desk@example.org"
m["Subject"] = "Joint commission Togo-Ghana"
m["Date"] = "Wed, 4 Dec 2024 14:05:00 +0100"
m.attach(MIMEText("Please find attached our press release.\n\nBest regards,\nPress office", "plain", "utf-8"))
page = ("<!doctype html><html><head><meta charset='utf-8'><title>Minister to attend Togo-Ghana joint commission</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Minister to attend Togo-Ghana joint commission</h1>"
        + "".join("<p>%s</p>" % p for p in EN.split("\n\n")) + "</article><footer>© 2024 Ministry</footer></body></html>")
attachment = MIMEText(page, "html", "utf-8")
attachment.add_header("Content-Disposition", "attachment", filename="communique-accra.html")
m.attach(attachment)
write("cover-note-attachment.eml", m)

# 3. A forwarded message attached whole (message/rfc822), its text in ISO-8859-1.
inner = MIMEText(FR, "plain", "iso-8859-1")
inner["From"] = "Préfecture de Tône <prefecture@tone.tg>"
inner["Subject"] = "Attaque contre un poste avancé près de Dapaong"
inner["Date"] = "Fri, 29 Nov 2024 20:00:00 +0000"
m = MIMEMultipart("mixed")
m["From"] = "desk@example.org"
m["Subject"] = "Fwd: Attaque contre un poste avancé près de Dapaong"
m["Date"] = "Sat, 30 Nov 2024 08:00:00 +0000"
m.attach(MIMEText("À lire.", "plain", "utf-8"))
m.attach(MIMEMessage(inner))
write("attached-message.eml", m)

# 4. A hostile message: a thousand parts.
m = MIMEMultipart("mixed")
m["From"] = "spam@example.net"; m["Subject"] = "parts"; m["Date"] = "Sat, 30 Nov 2024 08:00:00 +0000"
for n in range(1000):
    m.attach(MIMEText("part %d" % n, "plain", "utf-8"))
write("thousand-parts.eml", m)
