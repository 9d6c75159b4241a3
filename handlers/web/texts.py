"""The console's words, Indonesian first; English for officers who switch (the `lang` cookie)."""

from __future__ import annotations

from storage.models.cases import CasePriority, CaseStatus

WORDS: dict[str, dict[str, str]] = {
    "title": {"id": "Konsol Petugas", "en": "Staff console"},
    "queue": {"id": "Antrean", "en": "Queue"},
    "reports": {"id": "Laporan", "en": "Reports"},
    "staff": {"id": "Petugas", "en": "Staff"},
    "content": {"id": "Celah konten", "en": "Content gaps"},
    "logout": {"id": "Keluar", "en": "Sign out"},
    "login_needed": {
        "id": "Silakan masuk: kirim /konsol ke bot di chat pribadi, lalu buka tautan yang dikirim.",
        "en": "Please sign in: send /konsol to the bot in a private chat, then open the link it sends.",
    },
    "link_invalid": {
        "id": "Tautan masuk tidak berlaku (sudah dipakai atau kedaluwarsa). Minta yang baru dengan /konsol.",
        "en": "This sign-in link is not valid (used or expired). Ask for a new one with /konsol.",
    },
    "too_many": {"id": "Terlalu banyak percobaan. Coba lagi sebentar lagi.", "en": "Too many attempts."},
    "forbidden": {"id": "Permintaan ditolak.", "en": "Request refused."},
    "csrf_failed": {
        "id": "Formulir ini kedaluwarsa atau bukan dari konsol. Buka halamannya lagi dan ulangi.",
        "en": "This form has expired or did not come from the console. Open the page again and retry.",
    },
    "cases_not_for_editor": {
        "id": "Peran Anda editor konten: kasus, antrean dan laporan hanya untuk petugas.",
        "en": "Your role is content editor: cases, the queue and reports are for officers only.",
    },
    "admins_only": {
        "id": "Halaman ini hanya untuk admin.",
        "en": "This page is for admins only.",
    },
    "editors_only": {
        "id": "Halaman ini hanya untuk editor konten dan admin.",
        "en": "This page is for content editors and admins only.",
    },
    "not_found": {
        "id": "Kasus tidak ditemukan atau di luar provinsi Anda.",
        "en": "Case not found, or outside your province.",
    },
    "file_missing": {
        "id": "Berkas ini tidak ada lagi di server (mungkin sudah dihapus). Kasusnya tetap ada.",
        "en": "This file is no longer on the server (it may have been deleted). The case is still there.",
    },
    "unreadable": {
        "id": "tidak dapat ditampilkan, buka untuk mengunduh",
        "en": "cannot be shown, open to download",
    },
    "file_not_kept": {"id": "berkas tidak tersimpan di server", "en": "file not kept on the server"},
    "recruiter": {"id": "Agensi", "en": "Recruitment agency"},
    "changed_at": {"id": "Diubah", "en": "Changed"},
    "decision": {"id": "keputusan yang dikirim ke pelapor", "en": "decision sent to the complainant"},
    "wait_documents": {"id": "📄 Tunggu dokumen", "en": "📄 Wait for documents"},
    "reason_free": {"id": "Alasan (teks bebas)", "en": "Reason (free text)"},
    "take_over_confirm": {"id": "Ambil alih kasus ini dari", "en": "Take this case over from"},
    "back_home": {"id": "‹ Kembali ke halaman awal", "en": "‹ Back to the start page"},
    "logged_out": {
        "id": "Anda sudah keluar. Untuk masuk lagi, kirim /konsol ke bot di chat pribadi.",
        "en": "You have signed out. To sign in again, send /konsol to the bot in a private chat.",
    },
    "scope_note": {"id": "Hanya kasus provinsi Anda:", "en": "Only cases of your province:"},
    "unknown_filter": {"id": "Saringan tidak dikenal, diabaikan", "en": "Unknown filter, ignored"},
    "search_open_only": {
        "id": "Pencarian ini hanya di kasus terbuka.",
        "en": "This search covers open cases only.",
    },
    "search_all": {"id": "Cari di semua status ›", "en": "Search all statuses ›"},
    "search_placeholder": {
        "id": "Cari: tiket, cerita, agensi, pesan pelapor",
        "en": "Search: ticket, story, agency, complainant's messages",
    },
    "day": {"id": "hari", "en": "day"},
    "days": {"id": "hari", "en": "days"},
    "sort_priority": {"id": "urgen dulu", "en": "urgent first"},
    "sort_oldest": {"id": "terlama", "en": "oldest"},
    "sort_newest": {"id": "terbaru", "en": "newest"},
    "sort_updated": {"id": "baru diubah", "en": "recently changed"},
    "of": {"id": "dari", "en": "of"},
    "filter": {"id": "Saring", "en": "Filter"},
    "active": {"id": "aktif", "en": "active"},
    "no_messages": {"id": "Belum ada pesan.", "en": "No messages yet."},
    "voice_note": {"id": "pesan suara", "en": "voice note"},
    "search": {"id": "Cari", "en": "Search"},
    "any": {"id": "semua", "en": "any"},
    "open": {"id": "terbuka", "en": "open"},
    "all_statuses": {"id": "semua status", "en": "all statuses"},
    "status": {"id": "Status", "en": "Status"},
    "priority": {"id": "Prioritas", "en": "Priority"},
    "province": {"id": "Provinsi", "en": "Province"},
    "country": {"id": "Negara", "en": "Country"},
    "category": {"id": "Kategori", "en": "Category"},
    "assignee": {"id": "Petugas", "en": "Officer"},
    "unassigned": {"id": "belum diambil", "en": "unclaimed"},
    "mine": {"id": "milik saya", "en": "mine"},
    "age": {"id": "Umur", "en": "Age"},
    "sla": {"id": "Lewat batas waktu", "en": "Past the time limit"},
    "sort": {"id": "Urutan", "en": "Sort"},
    "created": {"id": "Masuk", "en": "Filed"},
    "ticket": {"id": "Tiket", "en": "Ticket"},
    "prev": {"id": "‹ Sebelumnya", "en": "‹ Previous"},
    "next": {"id": "Berikutnya ›", "en": "Next ›"},
    "none": {"id": "Tidak ada kasus.", "en": "No cases."},
    "claim": {"id": "Ambil", "en": "Claim"},
    "take_over": {"id": "Ambil alih", "en": "Take over"},
    "set_status": {"id": "Ubah status", "en": "Change status"},
    "reason": {"id": "Alasan", "en": "Reason"},
    "agency": {"id": "Instansi rujukan", "en": "Agency referred to"},
    "question": {"id": "Pertanyaan untuk pelapor", "en": "Question for the complainant"},
    "save": {"id": "Simpan", "en": "Save"},
    "note": {"id": "Catatan internal", "en": "Internal note"},
    "add_note": {"id": "Tambah catatan", "en": "Add note"},
    "reply": {"id": "Balas pelapor", "en": "Reply to the complainant"},
    "send": {"id": "Kirim", "en": "Send"},
    "saved_replies": {"id": "Balasan tersimpan", "en": "Saved replies"},
    "thread": {"id": "Percakapan", "en": "Conversation"},
    "trail": {"id": "Riwayat", "en": "Trail"},
    "attachments": {"id": "Lampiran", "en": "Attachments"},
    "story": {"id": "Cerita", "en": "Story"},
    "name": {"id": "Nama", "en": "Name"},
    "phone": {"id": "HP", "en": "Phone"},
    "reporter": {"id": "Pelapor", "en": "Reporter"},
    "sent": {"id": "terkirim", "en": "sent"},
    "failed": {"id": "gagal terkirim", "en": "failed"},
    "blocked": {"id": "pelapor memblokir bot", "en": "the complainant blocked the bot"},
    "pending": {"id": "menunggu dikirim", "en": "pending"},
    "worker": {"id": "Pelapor", "en": "Complainant"},
    "export_csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "first_response": {"id": "Waktu ke balasan pertama", "en": "Time to first response"},
    "resolution": {"id": "Waktu ke penyelesaian", "en": "Time to resolution"},
    "sla_compliance": {"id": "Kepatuhan batas waktu", "en": "Time-limit compliance"},
    "done": {"id": "Tersimpan.", "en": "Saved."},
    "changed": {
        "id": "Kasus ini berubah sejak halaman dibuka.",
        "en": "This case changed since you opened it.",
    },
    "reload": {"id": "Muat ulang", "en": "Reload"},
    "hours": {"id": "jam", "en": "hours"},
}

KIND_WORDS: dict[str, dict[str, str]] = {
    "photo": {"id": "foto", "en": "photo"},
    "voice": {"id": "pesan suara", "en": "voice note"},
    "video": {"id": "video", "en": "video"},
    "audio": {"id": "audio", "en": "audio"},
    "document": {"id": "dokumen", "en": "document"},
}
STATUS_WORDS: dict[CaseStatus, dict[str, str]] = {
    CaseStatus.NEW: {"id": "Baru", "en": "New"},
    CaseStatus.IN_PROGRESS: {"id": "Diproses", "en": "In progress"},
    CaseStatus.WAITING_FOR_COMPLAINANT: {"id": "Menunggu pelapor", "en": "Waiting for complainant"},
    CaseStatus.RESOLVED: {"id": "Selesai", "en": "Resolved"},
    CaseStatus.REJECTED: {"id": "Ditolak", "en": "Rejected"},
    CaseStatus.REFERRED: {"id": "Dirujuk", "en": "Referred"},
}
PRIORITY_WORDS: dict[CasePriority, dict[str, str]] = {
    CasePriority.NORMAL: {"id": "Normal", "en": "Normal"},
    CasePriority.URGENT: {"id": "Urgen", "en": "Urgent"},
}


def word(key: str, language: str) -> str:
    entry = WORDS.get(key)
    return key if entry is None else entry.get(language, entry["id"])
