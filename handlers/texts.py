"""User-facing texts of the bot's own features (asking, menu, emergency, offer check, agency check), id + en.

Texts are Telegram HTML templates. `t(key, lang, **values)` escapes every value, so user text and config
values can never break the markup; wrap an already-built HTML fragment in `Html(...)` to insert it as is.
"""

# Sentences are kept whole so translators and editors can read them; line length does not apply here.
# ruff: noqa: E501

from __future__ import annotations

import html
from typing import Final

from faq.model import Language


class Html(str):
    """A string that is already safe Telegram HTML (built from escaped parts)."""

    __slots__ = ()


def esc(value: object) -> str:
    """Escape any value for Telegram HTML (quotes too, so it is also safe inside attributes)."""
    return value if isinstance(value, Html) else html.escape(str(value), quote=True)


def t(key: str, lang: Language, **values: object) -> Html:
    template = TEXTS[key][lang]
    return Html(template.format(**{name: esc(value) for name, value in values.items()}))


TEXTS: Final[dict[str, dict[str, str]]] = {
    # ----- start, help, language, cancel ---------------------------------------------------------------
    "start": {
        "id": (
            "Halo, {name}! 👋 Saya <b>{bot_name}</b>.\n"
            "Saya membantu Anda bekerja ke luar negeri dengan aman: menjawab pertanyaan, "
            "mengecek tawaran kerja dan perusahaan (P3MI), dan meneruskan laporan ke petugas.\n\n"
            "Pilih menu di bawah atau langsung tulis pertanyaan Anda."
        ),
        "en": (
            "Hello, {name}! 👋 I am <b>{bot_name}</b>.\n"
            "I help you work abroad safely: I answer questions, check job offers and placement companies "
            "(P3MI), and pass your reports to officers.\n\n"
            "Choose from the menu below or just type your question."
        ),
    },
    "menu": {
        "id": "Apa yang ingin Anda lakukan? Pilih di bawah, atau tulis pertanyaan Anda.",
        "en": "What would you like to do? Choose below, or type your question.",
    },
    "help": {
        "id": (
            "<b>Perintah</b>\n{commands}\n\n"
            "Anda juga bisa langsung menulis pertanyaan, misalnya: <i>cara kerja ke Taiwan yang resmi</i>."
        ),
        "en": (
            "<b>Commands</b>\n{commands}\n\n"
            "You can also just type a question, for example: <i>official way to work in Taiwan</i>."
        ),
    },
    "language_choose": {
        "id": "Pilih bahasa / Choose your language:",
        "en": "Choose your language / Pilih bahasa:",
    },
    "language_set": {
        "id": "Baik, saya akan memakai Bahasa Indonesia.",
        "en": "OK, I will use English.",
    },
    "cancelled": {
        "id": "Dibatalkan. Tidak ada yang disimpan dari langkah ini.",
        "en": "Cancelled. Nothing from this step was kept.",
    },
    # ----- asking ---------------------------------------------------------------------------------------
    "ask_prompt": {
        "id": (
            "Silakan tulis pertanyaan Anda dengan kata-kata sendiri. Contoh:\n"
            "• <i>syarat kerja ke Jepang apa aja?</i>\n"
            "• <i>apakah boleh berangkat pakai visa turis?</i>\n"
            "• <i>paspor saya ditahan agen</i>"
        ),
        "en": (
            "Type your question in your own words. For example:\n"
            "• <i>what do I need to work in Japan?</i>\n"
            "• <i>can I go on a tourist visa?</i>\n"
            "• <i>the agency kept my passport</i>"
        ),
    },
    "answer": {
        "id": "<b>{title}</b>\n\n{answer}",
        "en": "<b>{title}</b>\n\n{answer}",
    },
    "answer_footer": {
        "id": "\n\n<i>Apakah jawaban ini membantu?</i>",
        "en": "\n\n<i>Did this answer help?</i>",
    },
    # Said instead of `answer_footer` (no longer than it: faq/lint.py REPLY_FRAME_CHARS counts the footer).
    "not_this": {
        "id": "\n\n<i>Bukan ini?</i>",
        "en": "\n\n<i>Not this?</i>",
    },
    "clarify": {
        "id": "Maksud Anda:",
        "en": "Did you mean:",
    },
    "fallback": {
        "id": (
            "Maaf, saya belum punya jawaban yang pas untuk itu. 🙏\n"
            "Coba tulis dengan kata lain, pilih topik dari menu, atau tanya langsung call center KP2MI "
            "<b>{hotline}</b> (gratis).\n\n"
            "Jika Anda mengalami masalah, Anda bisa melapor ke petugas."
        ),
        "en": (
            "Sorry, I don't have a good answer for that yet. 🙏\n"
            "Try other words, pick a topic from the menu, or ask the KP2MI call center "
            "<b>{hotline}</b> (free in Indonesia).\n\n"
            "If you have a problem, you can report it to an officer."
        ),
    },
    "feedback_thanks": {
        "id": "Terima kasih atas masukannya!",
        "en": "Thank you for the feedback!",
    },
    "feedback_sorry": {
        "id": (
            "Maaf jawabannya kurang membantu. Masukan Anda kami catat untuk memperbaiki jawaban.\n"
            "Coba tulis pertanyaan dengan kata lain, atau hubungi call center KP2MI <b>{hotline}</b>."
        ),
        "en": (
            "Sorry that did not help. We noted it to improve the answers.\n"
            "Try asking with other words, or call the KP2MI call center <b>{hotline}</b>."
        ),
    },
    "smalltalk_greeting": {
        "id": "Halo! 👋 Silakan tulis pertanyaan Anda, atau pilih dari menu.",
        "en": "Hello! 👋 Go ahead and type your question, or choose from the menu.",
    },
    "smalltalk_thanks": {
        "id": "Sama-sama! 🙏 Semoga lancar dan selalu aman. Ada lagi yang bisa saya bantu?",
        "en": "You're welcome! 🙏 Stay safe. Anything else I can help with?",
    },
    "smalltalk_weary": {
        "id": (
            "Capek sekali ya. 🙏 Terima kasih sudah bilang. Anda tidak sendirian.\n"
            "Mau cerita apa yang terjadi? Tulis saja di sini, saya baca.\n"
            "Ada masalah dengan majikan atau agensi? Petugas bisa bantu: tekan 📝 Lapor. Dalam bahaya sekarang? "
            "Ketik /darurat."
        ),
        "en": (
            "That sounds exhausting. 🙏 Thank you for telling me. You are not alone.\n"
            "Do you want to tell me what happened? Just write it here, I am reading.\n"
            "A problem with your employer or agency? An officer can help: press 📝 Report. In danger now? "
            "Type /emergency."
        ),
    },
    "smalltalk_story": {
        "id": (
            "Silakan cerita, saya baca. 🙏 Apa yang terjadi, di mana Anda sekarang, dan apa yang Anda butuhkan?\n"
            "Perlu dibantu petugas? Ketik /lapor. Dalam bahaya sekarang? Ketik /darurat."
        ),
        "en": (
            "Go ahead, I am reading. 🙏 What happened, where are you now, and what do you need?\n"
            "Need an officer's help? Type /lapor. In danger now? Type /darurat."
        ),
    },
    # an English question in a chat set to Indonesian: the way to answers in English
    "english_hint": {
        "id": "🌐 In English? Type /bahasa and choose English.",
        "en": "🌐 In English? Type /bahasa and choose English.",
    },
    "story_kept": {
        "id": "📝 Cerita Anda sudah saya simpan. Perlu dibantu petugas? Tekan <b>📝 Laporkan dengan cerita ini</b>.",
        "en": "📝 I have kept your story. Need an officer's help? Tap <b>📝 Report with this story</b>.",
    },
    "story_offer": {
        "id": (
            "Terima kasih sudah bercerita. 🙏 Cerita Anda sudah saya simpan.\n"
            "Ini perlu ditangani petugas. Tekan <b>📝 Laporkan dengan cerita ini</b>: cerita Anda langsung "
            "terisi di laporan, tidak perlu mengetik ulang."
        ),
        "en": (
            "Thank you for telling me. 🙏 I have saved your story.\n"
            "This needs an officer. Tap <b>📝 Report with this story</b>: your story is filled in for you, "
            "nothing to type again."
        ),
    },
    "emoji_only": {
        "id": "{emoji} Saya belum bisa membaca emoji saja. Tulis pertanyaan Anda dengan kata-kata, ya.",
        "en": "{emoji} I can't read emoji on their own. Please type your question in words.",
    },
    # ----- emergency ---------------------------------------------------------------------------------------
    "location_country": {
        "id": "📍 Lokasi diterima: {country}. Saya ingat negara ini untuk percakapan ini.",
        "en": "📍 Location received: {country}. I will remember this country for this conversation.",
    },
    "location_forwarded": {
        "id": "📨 Lokasi ini juga diteruskan ke petugas kasus <b>{ticket}</b>.",
        "en": "📨 This location was also passed to the officer on case <b>{ticket}</b>.",
    },
    "location_unknown": {
        "id": "📍 Lokasi diterima, tapi saya belum punya nomor darurat untuk negara itu.",
        "en": "📍 Location received, but I do not have emergency numbers for that country yet.",
    },
    "talk_prompt": {
        "id": "💬 Tulis saja di sini, dengan kata-kata Anda sendiri. Petugas akan membaca dan membalas lewat "
        "bot ini.\n\n<i>Dengan mengirim, Anda setuju cerita ini disimpan dan dibaca petugas.</i>",
        "en": "💬 Just write here, in your own words. An officer will read it and reply through this bot.\n\n"
        "<i>By sending it, you agree that it is kept and read by our officers.</i>",
    },
    "talk_ask_first": {
        "id": "💛 Anda tadi minta tidak dilaporkan, jadi saya tanya dulu: kirim cerita ini ke petugas kami? "
        "Petugas hanya membaca dan membalas lewat bot ini; tanpa izin Anda tidak ada yang dihubungi "
        "(majikan, agensi, polisi). Jika tidak, cerita ini tidak saya kirim ke siapa pun.",
        "en": "💛 You asked not to be reported, so I ask first: send this to one of our officers? They only "
        "read it and reply through this bot; no one (employer, agency, police) is contacted without your "
        "consent. If not, I send it to no one.",
    },
    "talk_kept": {
        "id": "💛 Baik, tidak saya kirim ke petugas. Saya tetap di sini; tulis kapan saja. Bila Anda berubah "
        "pikiran, tekan 💬 Cerita ke petugas.",
        "en": "💛 All right, I have not sent it to anyone. I am still here; write any time. If you change your "
        "mind, press 💬 Talk to an officer.",
    },
    "choose_country": {
        "id": "🌏 Di negara mana orang yang dalam bahaya? Pilih negaranya, atau ketik namanya jika tidak ada "
        "di sini:",
        "en": "🌏 Which country is the person in danger in? Choose it, or type its name if it is not here:",
    },
    # ----- offer check --------------------------------------------------------------------------------------
    "offer_intro": {
        "id": (
            "🔍 <b>Cek tawaran kerja</b>\n"
            "Saya akan menanyakan {count} hal tentang tawaran kerja Anda. Jawab dengan tombol. "
            "Jawaban tidak disimpan. Ketik /batal untuk berhenti."
        ),
        "en": (
            "🔍 <b>Job offer check</b>\n"
            "I will ask {count} questions about your job offer. Answer with the buttons. "
            "Your answers are not stored. Type /cancel to stop."
        ),
    },
    "offer_question": {
        "id": "🔍 <b>Pertanyaan {number} dari {count}</b>\n\n{question}",
        "en": "🔍 <b>Question {number} of {count}</b>\n\n{question}",
    },
    "offer_result": {
        "id": "🔍 <b>Hasil cek tawaran: {level}</b>\n\n{flags}{unsure}{advice}",
        "en": "🔍 <b>Offer check result: {level}</b>\n\n{flags}{unsure}{advice}",
    },
    "offer_flags": {
        "id": "<b>Tanda bahaya:</b>\n{items}\n\n",
        "en": "<b>Warning signs:</b>\n{items}\n\n",
    },
    "offer_unsure": {
        "id": "<b>Perlu dicek:</b>\n{items}\n\n",
        "en": "<b>Needs checking:</b>\n{items}\n\n",
    },
    "offer_no_flags": {
        "id": "Tidak ada tanda bahaya dari jawaban Anda.\n\n",
        "en": "No warning signs in your answers.\n\n",
    },
    "offer_waiting": {
        "id": "Silakan jawab dengan tombol <b>Ya</b>, <b>Tidak</b> atau <b>Tidak tahu</b>. Ketik /batal untuk berhenti.",
        "en": "Please answer with the <b>Yes</b>, <b>No</b> or <b>Don't know</b> buttons. Type /cancel to stop.",
    },
    # ----- agency check ---------------------------------------------------------------------------------------
    "agency_prompt": {
        "id": "🏢 Tulis nama perusahaan penempatan (P3MI) yang ingin dicek, misalnya: <i>PT Sinar Mandiri</i>.",
        "en": "🏢 Type the name of the placement company (P3MI) to check, for example: <i>PT Sinar Mandiri</i>.",
    },
    "agency_found": {
        "id": "🏢 <b>Hasil cek P3MI</b> untuk “{query}”:\n\n{items}\n\n{advice}",
        "en": "🏢 <b>P3MI check</b> for “{query}”:\n\n{items}\n\n{advice}",
    },
    "agency_item": {
        "id": "{number}. <b>{name}</b>: {status}\n   Izin {licence}, {province}",
        "en": "{number}. <b>{name}</b>: {status}\n   Licence {licence}, {province}",
    },
    "agency_similar": {
        "id": "Nama itu tidak persis ada di daftar. Nama yang mirip:",
        "en": "That exact name is not on the list. Similar names:",
    },
    "agency_advice_active": {
        "id": "Izin aktif belum tentu lowongannya resmi: cek lowongan di SISKOP2MI ({siskop}) dan jangan bayar biaya yang dilarang.",
        "en": "An active licence does not prove the vacancy is real: check it on SISKOP2MI ({siskop}) and never pay forbidden fees.",
    },
    "agency_advice_bad": {
        "id": "⚠️ Perusahaan dengan izin <b>dibekukan</b> atau <b>dicabut</b> tidak boleh merekrut. Jangan bayar atau serahkan dokumen. Jika Anda sudah dirugikan, laporkan.",
        "en": "⚠️ A company whose licence is <b>suspended</b> or <b>revoked</b> may not recruit. Do not pay or hand over documents. If you were harmed, report it.",
    },
    "agency_not_found": {
        "id": (
            "🏢 “{query}” <b>tidak ada</b> di daftar P3MI berizin yang saya punya.\n\n"
            "Artinya: bisa jadi salah ketik, atau perusahaan/orang itu <b>tidak berizin</b> menempatkan pekerja. "
            "Perorangan dan perusahaan tanpa izin dilarang merekrut (UU 18/2017). Jangan bayar atau serahkan "
            "dokumen dulu; cek ulang di SISKOP2MI ({siskop}) atau tanya BP3MI/Disnaker terdekat."
        ),
        "en": (
            "🏢 “{query}” is <b>not</b> on the list of licensed P3MI I have.\n\n"
            "It may be a typo, or the company or person is <b>not licensed</b> to place workers. Individuals "
            "and unlicensed companies may not recruit (Law 18/2017). Do not pay or hand over documents yet; "
            "check again on SISKOP2MI ({siskop}) or ask the nearest BP3MI/Disnaker."
        ),
    },
    "agency_as_of": {
        "id": "\n\n<i>Data per {as_of}. Sumber: {source}.</i>",
        "en": "\n\n<i>Data as of {as_of}. Source: {source}.</i>",
    },
    "agency_sample": {
        "id": "\n⚠️ <b>CONTOH</b>: ini data contoh untuk uji coba, bukan daftar resmi.",
        "en": "\n⚠️ <b>SAMPLE</b>: this is sample data for trying the bot, not the official list.",
    },
    "agency_too_short": {
        "id": "Nama terlalu pendek. Tulis nama perusahaan lengkap, misalnya <i>PT Sinar Mandiri</i>.",
        "en": "That name is too short. Type the full company name, for example <i>PT Sinar Mandiri</i>.",
    },
    # ----- bad input, guard, errors -----------------------------------------------------------------------------
    "rate_limited": {
        "id": "Pesan Anda banyak sekali dalam waktu singkat. Tunggu sebentar, lalu coba lagi. 🙏",
        "en": "You sent many messages in a short time. Please wait a moment and try again. 🙏",
    },
    "edited": {
        "id": "Saya tidak membaca pesan yang diedit. Kirim ulang sebagai pesan baru, ya.",
        "en": "I don't read edited messages. Please send it again as a new message.",
    },
    "foreign_group": {
        "id": "Halo! Saya hanya melayani lewat chat pribadi. Silakan chat saya langsung: @{username}",
        "en": "Hello! I only work in private chat. Please message me directly: @{username}",
    },
    "sticker": {
        "id": "Stiker yang lucu! 😊 Tapi saya hanya mengerti tulisan. Tulis pertanyaan Anda, atau pilih menu.",
        "en": "Nice sticker! 😊 But I only understand text. Type your question, or choose from the menu.",
    },
    "photo": {
        "id": (
            "Terima kasih. Saya tidak bisa membaca foto atau dokumen di sini. Tulis pertanyaan Anda, "
            "atau tekan <b>Lapor</b> jika ingin mengirim bukti ke petugas."
        ),
        "en": (
            "Thank you. I can't read photos or documents here. Type your question, or tap <b>Report</b> "
            "if you want to send evidence to an officer."
        ),
    },
    "voice": {
        "id": "Maaf, saya belum bisa mendengarkan pesan suara atau video. Tolong tulis pertanyaan Anda.",
        "en": "Sorry, I can't listen to voice or video messages yet. Please type your question.",
    },
    "contact": {
        "id": "Terima kasih, tapi saya tidak memerlukan kontak di sini. Tulis pertanyaan Anda, atau pilih menu.",
        "en": "Thank you, but I don't need a contact here. Type your question, or choose from the menu.",
    },
    "unsupported": {
        "id": "Maaf, saya hanya mengerti pesan tulisan. Tulis pertanyaan Anda, atau pilih menu.",
        "en": "Sorry, I only understand text messages. Type your question, or choose from the menu.",
    },
    "unknown_command": {
        "id": "Perintah itu tidak saya kenal. Ketik /bantuan untuk daftar perintah, atau pilih menu.",
        "en": "I don't know that command. Type /help for the list of commands, or choose from the menu.",
    },
    "stale_button": {
        "id": "Tombol ini sudah tidak berlaku. Silakan pilih dari menu terbaru.",
        "en": "This button is no longer valid. Please choose from the latest menu.",
    },
    "error": {
        "id": "Maaf, terjadi gangguan. Silakan coba lagi sebentar lagi. 🙏",
        "en": "Sorry, something went wrong. Please try again in a moment. 🙏",
    },
}

BUTTONS: Final[dict[str, dict[str, str]]] = {
    "ask": {"id": "❓ Tanya", "en": "❓ Ask"},
    "routes": {"id": "🛂 Jalur resmi", "en": "🛂 Official routes"},
    "offer": {"id": "🔍 Cek tawaran kerja", "en": "🔍 Check a job offer"},
    "agency": {"id": "🏢 Cek P3MI", "en": "🏢 Check an agency"},
    "report": {"id": "📝 Lapor", "en": "📝 Report"},
    "status": {"id": "📋 Status laporan", "en": "📋 Report status"},
    "emergency": {"id": "🆘 Kontak darurat", "en": "🆘 Emergency contacts"},
    "language": {"id": "🌐 English", "en": "🌐 Bahasa Indonesia"},
    "menu": {"id": "🏠 Menu utama", "en": "🏠 Main menu"},
    "report_problem": {"id": "📝 Laporkan masalah", "en": "📝 Report a problem"},
    "report_urgent": {"id": "🚨 Laporkan sekarang (darurat)", "en": "🚨 Report now (urgent)"},
    "report_story": {"id": "📝 Laporkan dengan cerita ini", "en": "📝 Report with this story"},
    "message_officer": {"id": "💬 Pesan ke petugas", "en": "💬 Message the officer"},
    "talk_officer": {"id": "💬 Cerita ke petugas", "en": "💬 Talk to an officer"},
    "talk_send": {"id": "✅ Ya, kirim ke petugas", "en": "✅ Yes, send it to an officer"},
    "talk_keep": {"id": "🙅 Tidak, saya hanya ingin bicara", "en": "🙅 No, I only want to talk"},
    "abroad": {"id": "🌏 Di luar negeri", "en": "🌏 Abroad"},
    "other_country": {"id": "Lainnya", "en": "Other"},
    "at_sea": {"id": "🚢 Di kapal / di laut", "en": "🚢 On a ship / at sea"},
    "none_of_these": {"id": "Bukan semuanya", "en": "None of these"},
    "thumbs_up": {"id": "👍", "en": "👍"},
    "thumbs_down": {"id": "👎", "en": "👎"},
    "yes": {"id": "Ya", "en": "Yes"},
    "no": {"id": "Tidak", "en": "No"},
    "unknown": {"id": "Tidak tahu", "en": "Don't know"},
    "offer_again": {"id": "🔁 Cek tawaran lain", "en": "🔁 Check another offer"},
    "agency_again": {"id": "🔁 Cek nama lain", "en": "🔁 Check another name"},
    "lang_id": {"id": "🇮🇩 Bahasa Indonesia", "en": "🇮🇩 Bahasa Indonesia"},
    "lang_en": {"id": "🇬🇧 English", "en": "🇬🇧 English"},
}

AGENCY_STATUS: Final[dict[str, dict[str, str]]] = {
    "active": {"id": "✅ izin aktif", "en": "✅ licence active"},
    "suspended": {"id": "⚠️ izin dibekukan", "en": "⚠️ licence suspended"},
    "revoked": {"id": "⛔ izin dicabut", "en": "⛔ licence revoked"},
}


def button(key: str, lang: Language) -> str:
    return BUTTONS[key][lang]
