"""Every complainant-facing string of the complaint feature, Indonesian and English.

Values are HTML templates: `{placeholders}` are filled with already-escaped values by `text()`. Staff-chat
strings live in `handlers.staff.texts` (Indonesian only: the staff are BP3MI officers).
"""

from __future__ import annotations

import html

from faq.model import Language

CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "unpaid_wages": {"id": "💰 Gaji tidak dibayar", "en": "💰 Unpaid wages"},
    "documents_kept": {"id": "🛂 Paspor/dokumen ditahan", "en": "🛂 Passport/documents kept"},
    "violence": {"id": "🚨 Kekerasan/penganiayaan", "en": "🚨 Violence or abuse"},
    "trafficking": {"id": "⛓ Dugaan perdagangan orang (TPPO)", "en": "⛓ Suspected trafficking (TPPO)"},
    "fees_fraud": {"id": "💸 Biaya/penipuan calo", "en": "💸 Fees or broker fraud"},
    "not_departed": {"id": "🧳 Sudah bayar, belum berangkat", "en": "🧳 Paid but not departed"},
    "repatriation": {"id": "✈️ Pemulangan/deportasi", "en": "✈️ Repatriation/deportation"},
    "contract": {"id": "📄 Masalah kontrak kerja", "en": "📄 Contract problems"},
    "other": {"id": "❓ Lainnya", "en": "❓ Other"},
}

REPORTER_LABELS: dict[str, dict[str, str]] = {
    "worker": {"id": "🙋 Saya sendiri (pekerja)", "en": "🙋 Myself (the worker)"},
    "family": {"id": "👪 Keluarga/teman pekerja", "en": "👪 Family or friend of the worker"},
}

STATUS_LABELS: dict[str, dict[str, str]] = {
    "new": {"id": "Diterima, menunggu petugas", "en": "Received, waiting for an officer"},
    "in_progress": {"id": "Sedang ditangani", "en": "Being handled"},
    "waiting_for_complainant": {"id": "Menunggu jawaban Anda", "en": "Waiting for your answer"},
    "resolved": {"id": "Selesai", "en": "Resolved"},
    "rejected": {"id": "Ditolak / tidak dapat ditindaklanjuti", "en": "Rejected / cannot be followed up"},
    "referred": {"id": "Dirujuk ke instansi lain", "en": "Referred to another agency"},
}

# Answer labels of the form's choice questions, by the question's case field.
CHOICE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "reporter": REPORTER_LABELS,
    "category": CATEGORY_LABELS,
}

# The destinations most workers go to, as country buttons (ISO 3166-1 codes; names from the places table).
COUNTRY_SUGGESTIONS = ("MY", "TW", "HK", "SG", "SA", "KR", "JP")

# Province buttons by region (ISO 3166-2:ID codes), so a province is two taps away.
PROVINCE_REGIONS: dict[str, tuple[str, ...]] = {
    "Sumatera": ("ID-AC", "ID-SU", "ID-SB", "ID-RI", "ID-KR", "ID-JA", "ID-SS", "ID-BB", "ID-BE", "ID-LA"),
    "Jawa": ("ID-JK", "ID-JB", "ID-BT", "ID-JT", "ID-YO", "ID-JI"),
    "Bali & Nusa Tenggara": ("ID-BA", "ID-NB", "ID-NT"),
    "Kalimantan": ("ID-KB", "ID-KT", "ID-KS", "ID-KI", "ID-KU"),
    "Sulawesi": ("ID-SA", "ID-GO", "ID-ST", "ID-SR", "ID-SN", "ID-SG"),
    "Maluku & Papua": ("ID-MA", "ID-MU", "ID-PA", "ID-PB", "ID-PD", "ID-PE", "ID-PS", "ID-PT"),
}

_TEXTS: dict[str, dict[Language, str]] = {
    "consent": {
        "id": (
            "📝 <b>Lapor pengaduan</b>\n\n{privacy}"
            "Sebelum mulai: laporan Anda (cerita, negara, agensi, foto/dokumen, nomor HP jika diberikan) "
            "disimpan oleh {operator} dan <b>hanya dilihat petugas</b> untuk menangani pengaduan. "
            "Data disimpan selama kasus ditangani; setelah kasus ditutup Anda bisa menghapus data pribadi "
            "Anda (nama, nomor HP, akun Telegram, cerita, lampiran, isi pesan) dengan /hapusdata. Yang tetap "
            "disimpan: data pelaku (agensi, calo, majikan, rekening), catatan petugas, dan catatan tanpa "
            "identitas untuk statistik. Laporan yang tidak diselesaikan dihapus setelah 30 hari.\n\n"
            "Ketik /batal kapan saja untuk berhenti. Setuju?"
        ),
        "en": (
            "📝 <b>File a complaint</b>\n\n{privacy}"
            "Before we start: your report (story, country, agency, photos/documents, phone number if given) "
            "is stored by {operator} and <b>seen only by officers</b> handling complaints. It is kept while "
            "the case is handled; once it is closed you can erase your personal data (name, phone, Telegram "
            "account, story, attachments, message texts) with /hapusdata. Kept: what describes the "
            "perpetrator (agency, broker, employer, accounts), the officers' notes, and an anonymous record "
            "for statistics. An unfinished report is deleted after 30 days.\n\nType /cancel at any time to "
            "stop. Do you agree?"
        ),
    },
    # An urgent report: frightened, she may not read the paragraph; who sees it comes first, in one line.
    "privacy_line": {
        "id": "🔒 <b>Laporan ini hanya dibaca petugas {operator}. "
        "Tanpa izin Anda, tidak ada yang dibagikan.</b>",
        "en": "🔒 <b>Only officers of {operator} read this report. "
        "Nothing is shared without your consent.</b>",
    },
    "consent_yes": {"id": "✅ Setuju", "en": "✅ I agree"},
    "consent_no": {"id": "Tidak", "en": "No"},
    "consent_declined": {
        "id": "Baik, tidak ada yang disimpan. Anda tetap bisa bertanya atau menelepon {hotline}.",
        "en": "All right, nothing was stored. You can still ask questions or call {hotline}.",
    },
    "resumed": {
        "id": "Melanjutkan laporan Anda yang belum selesai.",
        "en": "Continuing your unfinished report.",
    },
    "reporter": {"id": "Siapa yang melapor?", "en": "Who is reporting?"},
    "category": {"id": "Apa masalahnya?", "en": "What is the problem?"},
    "country": {
        "id": "Di negara mana (atau negara tujuan)? Pilih atau ketik. /lewati jika tidak tahu.",
        "en": "In which country (or destination)? Choose or type it. /lewati if you don't know.",
    },
    "province": {
        "id": (
            "Dari provinsi mana asal pekerja? Pilih pulau/wilayahnya, atau ketik, misalnya "
            "<i>Jawa Timur</i>. /lewati jika tidak tahu."
        ),
        "en": (
            "Which province is the worker from? Choose the region, or type it, e.g. <i>Jawa Timur</i>. "
            "/lewati if unknown."
        ),
    },
    "province_pick": {"id": "Pilih provinsinya:", "en": "Choose the province:"},
    "place_confirm": {"id": "Maksud Anda <b>{name}</b>?", "en": "Did you mean <b>{name}</b>?"},
    "province_named_before": {
        "id": "Dari provinsi mana asal pekerja? Dari pesan Anda: <b>{name}</b>. Benar?",
        "en": "Which province is the worker from? From your messages: <b>{name}</b>. Is that right?",
    },
    "place_named_before": {
        "id": "Di negara mana kejadiannya? Dari pesan Anda: <b>{name}</b>. Benar?",
        "en": "In which country did it happen? From your messages: <b>{name}</b>. Is that right?",
    },
    "place_yes": {"id": "✅ Ya", "en": "✅ Yes"},
    "place_no": {"id": "Bukan", "en": "No"},
    "location_in_report": {
        "id": "📍 Lokasi Anda ({place}) saya simpan di laporan ini. Petugas akan melihatnya. Kita lanjutkan:",
        "en": "📍 Your location ({place}) is kept with this report. The officer will see it. Let us go on:",
    },
    "location_in_report_unnamed": {
        "id": "📍 Lokasi Anda saya simpan di laporan ini. Petugas akan melihatnya. Kita lanjutkan:",
        "en": "📍 Your location is kept with this report. The officer will see it. Let us go on:",
    },
    "place_kept": {
        "id": "Baik, kami simpan seperti yang Anda tulis: <i>{typed}</i>.",
        "en": "All right, we keep it as you wrote it: <i>{typed}</i>.",
    },
    "step_header": {
        "id": "<i>Langkah {number} dari {total} · {name}</i>",
        "en": "<i>Step {number} of {total} · {name}</i>",
    },
    "restate": {
        "id": "Kita sedang di langkah {number} ({name}). Pesan Anda barusan belum dipakai; jawab ini:",
        "en": "We are at step {number} ({name}). Your last message was not used; please answer this:",
    },
    "already_saved": {
        "id": "Jawaban itu sudah tersimpan. Kita sedang di langkah {number} ({name}):",
        "en": "That answer is already saved. We are at step {number} ({name}):",
    },
    "agency": {
        "id": "Nama agensi (P3MI/PT), calo atau majikan? /lewati jika tidak tahu.",
        "en": "Name of the agency (P3MI/PT), broker or employer? /lewati if unknown.",
    },
    "story": {
        "id": (
            "Ceritakan apa yang terjadi: kapan, di mana, siapa. Boleh dalam beberapa pesan; foto dengan "
            "keterangan juga boleh. Tekan <b>Selesai</b> jika sudah."
        ),
        "en": (
            "Tell us what happened: when, where, who. Several messages are fine, and photos with a caption "
            "too. Press <b>Done</b> when you have finished."
        ),
    },
    "story_again": {
        "id": (
            "Tulis cerita yang baru; pesan pertama Anda menggantikan cerita lama. Tekan <b>Selesai</b> untuk "
            "tetap memakai cerita lama."
        ),
        "en": (
            "Write the new story; your first message replaces the old one. Press <b>Done</b> to keep the old "
            "story."
        ),
    },
    "story_so_far": {
        "id": (
            "📝 Cerita yang Anda tulis tadi sudah terisi ({letters} huruf). Tambah lagi jika perlu, "
            "atau tekan <b>Selesai</b>."
        ),
        "en": (
            "📝 The story you wrote earlier is filled in ({letters} characters). Add more, or press "
            "<b>Done</b>."
        ),
    },
    "story_saved": {
        "id": "📝 Tersimpan ({messages} pesan, {letters} huruf). Tambah lagi atau tekan <b>Selesai</b>.",
        "en": "📝 Saved ({messages} messages, {letters} characters). Add more or press <b>Done</b>.",
    },
    "story_added": {
        "id": "📝 Ditambahkan ke cerita ({messages} pesan). Kirim foto/dokumen atau tekan <b>Selesai</b>.",
        "en": "📝 Added to the story ({messages} messages). Send photos/documents or press <b>Done</b>.",
    },
    "story_empty": {
        "id": "Tulis dulu ceritanya, lalu tekan <b>Selesai</b>.",
        "en": "Write the story first, then press <b>Done</b>.",
    },
    "done": {"id": "✅ Selesai", "en": "✅ Done"},
    "attachments": {
        "id": (
            "Ada foto, dokumen, pesan suara atau video (kontrak, slip gaji, chat)? Kirim sekarang "
            "(maks. 10), lalu tekan <b>Selesai</b>. /lewati jika tidak ada."
        ),
        "en": (
            "Any photos, documents, voice notes or videos (contract, payslip, chats)? Send them now "
            "(up to 10), then press <b>Done</b>. /lewati if none."
        ),
    },
    "attachments_done": {"id": "Selesai", "en": "Done"},
    "attachment_saved": {
        "id": "📎 Diterima ({count}). Kirim lagi atau tekan <b>Selesai</b>.",
        "en": "📎 Received ({count}). Send more or press <b>Done</b>.",
    },
    "attachment_too_large": {
        "id": "📎 Diterima ({count}), tapi file terlalu besar untuk disalin; petugas tetap bisa membukanya.",
        "en": "📎 Received ({count}), but the file is too large to copy; officers can still open it.",
    },
    "attachment_limit": {"id": "Maksimal 10 lampiran.", "en": "At most 10 attachments."},
    "phone": {
        "id": (
            "Nomor HP/WhatsApp yang bisa dihubungi petugas? Tekan tombol di bawah untuk membagikan nomor "
            "Telegram Anda, atau ketik nomornya. /lewati jika tidak ingin."
        ),
        "en": (
            "A phone/WhatsApp number officers can call? Press the button below to share your Telegram "
            "number, or type it. /lewati if you prefer not to."
        ),
    },
    "share_phone": {"id": "📱 Bagikan nomor saya", "en": "📱 Share my number"},
    "phone_invalid": {
        "id": "Nomor itu tidak bisa dipakai. Contoh: 0812 3456 7890 atau +886 912 345 678. Atau /lewati.",
        "en": "That number doesn't look right. Example: 0812 3456 7890 or +886 912 345 678. Or /lewati.",
    },
    "no_call_review": {
        "id": "📵 Petugas tidak akan menelepon; Anda dihubungi lewat chat di bot ini (dari cerita Anda). "
        "Mau ditelepon? Ubah ceritanya.",
        "en": "📵 The officer will not call; you will be contacted by chat in this bot (from your story). "
        "Want a call? Change your story.",
    },
    "summary": {
        "id": "<b>Periksa laporan Anda</b>\n\n{summary}\n\nKirim laporan ini? Tekan ✏️ untuk mengubah.",
        "en": "<b>Check your report</b>\n\n{summary}\n\nSend this report? Press ✏️ to change.",
    },
    "send": {"id": "📨 Kirim laporan", "en": "📨 Send report"},
    "cancel": {"id": "✖️ Batal", "en": "✖️ Cancel"},
    "received": {
        "id": (
            "✅ Laporan diterima. Nomor tiket Anda: <b>{ticket}</b>\n\n"
            "Petugas akan menghubungi Anda lewat bot ini; cek perkembangannya dengan /status.\n"
            "{danger}"
        ),
        "en": (
            "✅ Report received. Your ticket number: <b>{ticket}</b>\n\n"
            "An officer will contact you through this bot; follow it with /status.\n"
            "{danger}"
        ),
    },
    "already_received": {
        "id": "Laporan ini sudah kami terima (tiket <b>{ticket}</b>). Lihat /status.",
        "en": "We already have this report (ticket <b>{ticket}</b>). See /status.",
    },
    "no_draft": {
        "id": "Tidak ada laporan yang sedang diisi. Mulai dengan /lapor.",
        "en": "There is no report in progress. Start with /report.",
    },
    "stale": {"id": "Tombol itu sudah tidak berlaku.", "en": "That button is no longer valid."},
    "earlier_answer": {
        "id": "Pesan Anda tadi terkirim sebelum pertanyaan ini muncul (mungkin saat sambungan terputus), "
        "jadi tidak kami catat sebagai jawabannya. Silakan jawab pertanyaan ini:",
        "en": "Your last message was sent before this question appeared (perhaps while the connection "
        "dropped), so it was not taken as its answer. Please answer this question:",
    },
    "too_long": {"id": "Terlalu panjang, tolong persingkat.", "en": "Too long, please shorten it."},
    "need_text": {"id": "Tolong jawab dengan teks.", "en": "Please answer with text."},
    "need_button": {
        "id": "Tolong pilih salah satu tombol di atas.",
        "en": "Please choose one of the buttons.",
    },
    "cannot_skip": {"id": "Langkah ini tidak bisa dilewati.", "en": "This step can't be skipped."},
    "sum_reporter": {"id": "Pelapor", "en": "Reporter"},
    "sum_category": {"id": "Masalah", "en": "Problem"},
    "sum_country": {"id": "Negara", "en": "Country"},
    "sum_province": {"id": "Provinsi", "en": "Province"},
    "sum_agency": {"id": "Agensi/majikan", "en": "Agency/employer"},
    "sum_story": {"id": "Cerita", "en": "Story"},
    "story_kept": {
        "id": "📝 Cerita Anda sudah terisi di laporan ini, tidak perlu mengetik ulang.",
        "en": "📝 Your story is already filled in: nothing to type again.",
    },
    "sum_attachments": {"id": "Lampiran", "en": "Attachments"},
    "sum_phone": {"id": "Nomor HP", "en": "Phone"},
    "sum_consent": {"id": "Persetujuan", "en": "Consent"},
    "sum_confirm": {"id": "Periksa laporan", "en": "Review"},
    "attachment_with_story": {
        "id": "📎 Bukti disimpan ({count}).{caption} Lanjutkan cerita atau tekan <b>Selesai</b>.",
        "en": "📎 Evidence saved ({count}).{caption} Go on with the story or press <b>Done</b>.",
    },
    "caption_added": {
        "id": " Keterangannya ditambahkan ke cerita.",
        "en": " Its caption was added to the story.",
    },
    "none": {"id": "-", "en": "-"},
    # complainant side
    "status_none": {
        "id": "Anda belum punya laporan. Lapor dengan /lapor.",
        "en": "You have no reports yet. File one with /report.",
    },
    "status_header": {"id": "<b>Laporan Anda</b>", "en": "<b>Your reports</b>"},
    "status_line": {
        "id": "• <b>{ticket}</b> ({category}): {status}. Terakhir diperbarui {updated}.",
        "en": "• <b>{ticket}</b> ({category}): {status}. Last update {updated}.",
    },
    "message_officer": {"id": "✉️ Pesan ke petugas ({ticket})", "en": "✉️ Message the officer ({ticket})"},
    "write_now": {
        "id": "Tulis pesan Anda untuk petugas kasus <b>{ticket}</b> (teks, foto atau dokumen).",
        "en": "Write your message for the officer on case <b>{ticket}</b> (text, photo or document).",
    },
    "relayed": {
        "id": "📨 Pesan Anda diteruskan ke petugas kasus <b>{ticket}</b>.",
        "en": "📨 Your message was passed to the officer on case <b>{ticket}</b>.",
    },
    "not_sent_yet": {
        "id": "⏳ Laporan Anda <b>belum terkirim</b>: selesaikan langkah-langkahnya, lalu tekan <b>📨 Kirim "
        "laporan</b> di akhir. Setelah itu Anda mendapat nomor tiket dan petugas membacanya. Pesan Anda tadi "
        "tetap saya simpan di cerita.",
        "en": "⏳ Your report <b>has not been sent yet</b>: finish the steps, then tap <b>📨 Send report</b> "
        "at the end. You will then get a ticket number and an officer will read it. I kept what you just "
        "wrote in the story.",
    },
    "case_status": {
        "id": "✅ Laporan <b>{ticket}</b> sudah diterima. Status: {status}. Petugas akan membalas di chat "
        "ini; Anda tidak perlu mengirim ulang. Pesan Anda tadi juga sudah diteruskan.",
        "en": "✅ Report <b>{ticket}</b> has been received. Status: {status}. An officer will reply in this "
        "chat; you do not need to send it again. Your message was passed on too.",
    },
    "relayed_plain": {
        "id": "📨 Diteruskan ke petugas kasus <b>{ticket}</b>.",
        "en": "📨 Passed to the officer on case <b>{ticket}</b>.",
    },
    "faq_instead": {
        "id": "❓ Ini pertanyaan, bukan untuk petugas",
        "en": "❓ It's a question, not for the officer",
    },
    "to_case": {"id": "➡️ Untuk kasus {ticket}", "en": "➡️ For case {ticket}"},
    "which_case": {
        "id": "Anda punya {count} laporan yang masih berjalan. Pesan ini untuk kasus mana?",
        "en": "You have {count} open reports. Which case is this message for?",
    },
    "which_case_decided": {
        "id": "Kasus <b>{ticket}</b> sudah diputuskan ({status}). Pesan ini untuk kasus mana?",
        "en": "Case <b>{ticket}</b> was decided ({status}). Which case is this message for?",
    },
    "which_case_held": {
        "id": "Tersimpan. Pilih dulu kasusnya, lalu semua pesan ini diteruskan ke petugas.",
        "en": "Kept. Choose the case first; then all these messages go to the officer.",
    },
    "message_lost": {
        "id": "Maaf, pesan tadi tidak tersimpan. Tolong kirim lagi.",
        "en": "Sorry, that message was not kept. Please send it again.",
    },
    "withdrawn": {
        "id": "Baik, pesan itu tidak diteruskan ke petugas. Ini jawaban untuk pertanyaan Anda:",
        "en": "All right, that message was not passed to the officer. Here is the answer to your question:",
    },
    "moved": {
        "id": "📨 Dipindahkan ke petugas kasus <b>{ticket}</b>.",
        "en": "📨 Moved to the officer on case <b>{ticket}</b>.",
    },
    "closed_offer": {
        "id": (
            "Kasus <b>{ticket}</b> sudah ditutup; petugas sudah diberi tahu pesan Anda. Buka kembali kasus "
            "ini, atau buat laporan baru?"
        ),
        "en": (
            "Case <b>{ticket}</b> is closed; the officers were told of your message. Reopen this case, or "
            "file a new report?"
        ),
    },
    "reopen": {"id": "🔓 Buka kembali {ticket}", "en": "🔓 Reopen {ticket}"},
    "new_report": {"id": "📝 Laporan baru", "en": "📝 New report"},
    "reopened": {
        "id": "🔓 Kasus <b>{ticket}</b> dibuka kembali; petugas akan membacanya.",
        "en": "🔓 Case <b>{ticket}</b> is open again; an officer will read it.",
    },
    "case_closed": {
        "id": "Kasus itu sudah ditutup. Untuk masalah baru, gunakan /lapor.",
        "en": "That case is closed. For a new problem, use /report.",
    },
    "staff_reply": {
        "id": "💬 <b>Petugas ({ticket}):</b>\n{text}\n\n<i>Balas pesan ini untuk menjawab.</i>",
        "en": "💬 <b>Officer ({ticket}):</b>\n{text}\n\n<i>Reply to this message to answer.</i>",
    },
    "staff_question": {
        "id": (
            "❓ <b>Petugas bertanya ({ticket}):</b>\n{text}\n\n"
            "<i>Jawab dengan membalas pesan ini, atau tekan tombol di bawah lalu tulis jawaban Anda.</i>"
        ),
        "en": (
            "❓ <b>The officer asks ({ticket}):</b>\n{text}\n\n"
            "<i>Answer by replying to this message, or press the button below and write your answer.</i>"
        ),
    },
    "decision_in_progress": {
        "id": "ℹ️ Laporan <b>{ticket}</b> sedang ditangani petugas. Kami kabari di sini.",
        "en": "ℹ️ Report <b>{ticket}</b> is being handled by an officer. We will update you here.",
    },
    "decision_reopened": {
        "id": "🔄 Laporan <b>{ticket}</b> dibuka kembali dan sedang ditangani petugas.",
        "en": "🔄 Report <b>{ticket}</b> was reopened and is being handled by an officer.",
    },
    "decision_resolved": {
        "id": (
            "✅ <b>Laporan {ticket} selesai.</b>\nAlasan: {reason}\n\n"
            "Jika masalahnya belum selesai atau terjadi lagi, tekan tombol di bawah untuk menulis ke "
            "petugas, atau buat laporan baru dengan /lapor."
        ),
        "en": (
            "✅ <b>Report {ticket} is resolved.</b>\nReason: {reason}\n\n"
            "If the problem is not solved or happens again, press the button below to write to the "
            "officer, or file a new report with /report."
        ),
    },
    "decision_rejected": {
        "id": (
            "ℹ️ <b>Laporan {ticket} tidak dapat kami tindak lanjuti.</b>\nAlasan: {reason}\n\n"
            "Yang bisa Anda lakukan: tekan tombol di bawah untuk bertanya atau mengirim bukti tambahan "
            "ke petugas, atau telepon {hotline}."
        ),
        "en": (
            "ℹ️ <b>We cannot follow up report {ticket}.</b>\nReason: {reason}\n\n"
            "What you can do: press the button below to ask the officer or send more evidence, or call "
            "{hotline}."
        ),
    },
    "decision_referred": {
        "id": (
            "↪️ <b>Laporan {ticket} kami teruskan ke {agency}.</b>\nAlasan: {reason}\n\n"
            "Selanjutnya {agency} yang menangani; simpan nomor tiket {ticket}. Anda tetap bisa menulis "
            "ke petugas kami lewat tombol di bawah."
        ),
        "en": (
            "↪️ <b>We referred report {ticket} to {agency}.</b>\nReason: {reason}\n\n"
            "{agency} handles it from now on; keep the ticket number {ticket}. You can still write to "
            "our officer with the button below."
        ),
    },
    "referral_contact": {
        "id": (
            "📞 <b>{agency}</b>: {contact}\nAnda bisa menghubungi mereka langsung; sebutkan nomor tiket "
            "{ticket}. Mereka juga bisa menghubungi Anda."
        ),
        "en": (
            "📞 <b>{agency}</b>: {contact}\nYou can contact them directly; give the ticket number {ticket}. "
            "They may also contact you."
        ),
    },
    "decision_urgent_numbers": {
        "id": "🆘 Jika Anda dalam bahaya di {country}, telepon:\n{numbers}",
        "en": "🆘 If you are in danger in {country}, call:\n{numbers}",
    },
    "referral_no_number": {
        "id": (
            "📞 Nomor {agency} belum ada pada kami. Jika perlu bantuan sekarang, hubungi:\n{instead}"
            "Kemlu (perlindungan WNI): {kemlu}\nKP2MI: {kp2mi}\nSebutkan nomor tiket {ticket}."
        ),
        "en": (
            "📞 We do not have a number for {agency} yet. If you need help now, contact:\n{instead}"
            "Foreign ministry (citizen protection): {kemlu}\nKP2MI: {kp2mi}\nGive the ticket number {ticket}."
        ),
    },
    "status_reason": {"id": "\n   Alasan: {reason}", "en": "\n   Reason: {reason}"},
    "status_agency": {
        "id": "\n   Diteruskan ke <b>{agency}</b>{contact}",
        "en": "\n   Referred to <b>{agency}</b>{contact}",
    },
    "status_replied": {
        "id": " Balasan petugas terakhir: {when}.",
        "en": " Last reply from the officer: {when}.",
    },
    "status_changed": {
        "id": "ℹ️ Status laporan <b>{ticket}</b>: {status}.",
        "en": "ℹ️ Status of report <b>{ticket}</b>: {status}.",
    },
    "erase_confirm": {
        "id": (
            "Hapus data pribadi Anda (nama, nomor HP, akun Telegram, cerita, lampiran, isi pesan) dari "
            "laporan yang sudah <b>ditutup</b>? Yang tetap disimpan: data pelaku (agensi, calo, majikan, "
            "rekening) agar petugas bisa menindak, catatan petugas, dan catatan tanpa identitas untuk "
            "statistik. Tindakan ini tidak bisa dibatalkan."
        ),
        "en": (
            "Erase your personal data (name, phone, Telegram account, story, attachments, message texts) "
            "from your <b>closed</b> reports? Kept: what describes the perpetrator (agency, broker, "
            "employer, accounts) so officers can act on it, the officers' notes, and an anonymous record "
            "for statistics. This cannot be undone."
        ),
    },
    "erase_yes": {"id": "🗑 Ya, hapus", "en": "🗑 Yes, erase"},
    "erase_no": {"id": "Tidak", "en": "No"},
    "erased": {
        "id": "Data pribadi dihapus dari {count} laporan.",
        "en": "Personal data erased from {count} report(s).",
    },
    "erase_open": {
        "id": "Laporan yang masih berjalan ({tickets}) belum bisa dihapus; minta petugas menutupnya dulu.",
        "en": "Reports still open ({tickets}) can't be erased yet; ask the officer to close them first.",
    },
    "erase_kept": {"id": "Baik, tidak ada yang dihapus.", "en": "All right, nothing was erased."},
}


def text(language: str, key: str, **values: object) -> str:
    """The template for `key` in the language, with `values` HTML-escaped (pass `Raw` to skip that)."""
    entry = _TEXTS[key]
    template = entry["en"] if language == "en" else entry["id"]
    escaped = {
        name: value.html if isinstance(value, Raw) else html.escape(str(value))
        for name, value in values.items()
    }
    return template.format(**escaped) if escaped else template


def plain(language: str, key: str) -> str:
    """A button label or other text used without HTML parsing."""
    entry = _TEXTS[key]
    return entry["en"] if language == "en" else entry["id"]


def label(table: dict[str, dict[str, str]], code: str | None, language: str) -> str:
    if code is None:
        return "-"
    entry = table.get(code)
    if entry is None:
        return code
    return entry["en"] if language == "en" else entry["id"]


class Raw:
    """Already-safe HTML to put into a template unchanged."""

    def __init__(self, html_text: str) -> None:
        self.html = html_text
