import QRCode from 'qrcode';
import type { CertificateModel } from '../../src/documents/document-models.js';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The same certificate as src/documents/certificate.renderer.ts, as HTML for the Chromium baseline: two A4
 * pages (front with frame, logo, bilingual texts, QR as SVG, signatory; back with the unit table), DejaVu
 * fonts (installed system-wide with Debian's chromium, so Chromium embeds Unicode subsets as we do).
 */
export async function certificateHtml(m: CertificateModel): Promise<string> {
  const qr = await QRCode.toString(m.verificationUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const rows = m.units
    .map((u, i) => `<tr><td class="c">${i + 1}</td><td><b>${esc(u.code)}</b></td><td>${esc(u.titleId)}<br><i>${esc(u.titleEn)}</i></td></tr>`)
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Sertifikat ${esc(m.certificateNumber)}</title><style>
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans'; color: #1b1f24 }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 20mm; position: relative; page-break-after: always }
.frame { position: absolute; inset: 8mm; border: 2.2pt solid #1f3a5f; outline: 0.6pt solid #a3812c; outline-offset: -5pt }
.center { text-align: center } .serif { font-family: 'DejaVu Serif' } i { color: #5f6b76 }
.logo { width: 60pt; height: 60pt; margin: 0 auto; background: #1f3a5f; color: #fff; border-radius: 4pt; display: flex; align-items: center; justify-content: center; font-weight: bold }
h1 { font: bold 25pt 'DejaVu Serif'; color: #1f3a5f; letter-spacing: 1.5pt; margin: 18pt 0 0 }
.holder { font: bold 22pt 'DejaVu Serif' } .band { position: absolute; bottom: 30mm; left: 20mm; right: 20mm; display: flex; justify-content: space-between }
.qr svg { width: 92pt; height: 92pt } .sign { width: 230pt; text-align: center; font-size: 9pt }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt } td, th { border: 0.5pt solid #b9c0c7; padding: 4pt 5pt; vertical-align: top } .c { text-align: center }
footer { position: absolute; bottom: 12mm; left: 20mm; right: 20mm; font-size: 7pt; color: #5f6b76; border-top: 0.4pt solid #b9c0c7 }
</style></head><body>
<div class="page"><div class="frame"></div><div class="logo">${esc(m.body.logoText)}</div>
<div class="center"><h1>SERTIFIKAT KOMPETENSI</h1><i class="serif">Certificate of Competency</i>
<p>Nomor Sertifikat / Certificate Number: ${esc(m.certificateNumber)}</p>
<p class="serif">Dengan ini menyatakan bahwa<br><i>This is to certify that</i></p><div class="holder">${esc(m.holderName)}</div><p>No. Reg. ${esc(m.registrationNumber)}</p>
<p class="serif">Telah kompeten pada bidang<br><i>Has been competent in the area of</i></p><b class="serif">${esc(m.fieldId)}</b><br><i>${esc(m.fieldEn)}</i>
<p class="serif">Dengan kualifikasi / kompetensi<br><i>With qualification / competency</i></p><b class="serif" style="font-size:15pt;color:#1f3a5f">${esc(m.scheme.titleId)}</b><br><i>${esc(m.scheme.titleEn)}</i>
<p>${esc(m.qualificationId)} / ${esc(m.qualificationEn)}</p><p class="serif">Sertifikat ini berlaku hingga ${esc(m.expiresOn)}<br><i>This certificate is valid until ${esc(m.expiresOn)}</i></p></div>
<div class="band"><div class="qr">${qr}<br><b style="font-size:7.5pt">Verifikasi keaslian</b><br><span style="font-size:6.5pt">${esc(m.verificationUrl)}</span></div>
<div class="sign">${esc(m.place)}, ${esc(m.issuedOn)}<br><b>Atas nama BNSP</b><br><i>On behalf of BNSP</i><br><b>${esc(m.body.name)}</b><br>Lisensi / Licence ${esc(m.body.licenceNumber)}<br><br><br><br><b>${esc(m.signatory.name)}</b><br>${esc(m.signatory.titleId)} / ${esc(m.signatory.titleEn)}</div></div></div>
<div class="page"><h2 class="center">DAFTAR UNIT KOMPETENSI</h2><p class="center"><i>List of Competency Units</i></p>
<p>Nama Pemegang / <i>Holder name</i>: <b>${esc(m.holderName)}</b><br>Nomor Sertifikat / <i>Certificate number</i>: ${esc(m.certificateNumber)}<br>Skema / <i>Scheme</i>: ${esc(m.scheme.titleId)} (${esc(m.scheme.code)})</p>
<table><tr><th>No.</th><th>Kode Unit<br><i>Unit code</i></th><th>Judul Unit Kompetensi<br><i>Title of competency unit</i></th></tr>${rows}</table>
<footer>Sertifikat ${esc(m.certificateNumber)} · ${esc(m.holderName)} — Halaman / Page 2 / 2</footer></div>
</body></html>`;
}
