"""Complaint cases, their audit trail, relayed messages, attachments, timers, drafts and staff members.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.base import UtcDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=24), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "in_progress",
                "waiting_for_complainant",
                "resolved",
                "rejected",
                "referred",
                name="casestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum("normal", "urgent", name="casepriority", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "category",
            sa.Enum(
                "unpaid_wages",
                "documents_kept",
                "violence",
                "trafficking",
                "fees_fraud",
                "not_departed",
                "repatriation",
                "contract",
                "other",
                name="casecategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "reporter",
            sa.Enum("worker", "family", name="reporter", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("triage_urgent", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("complainant_user_id", sa.BigInteger(), nullable=True),
        sa.Column("complainant_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("complainant_name", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("story", sa.Text(), nullable=True),
        sa.Column("agency", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=120), nullable=True),
        sa.Column("province", sa.String(length=120), nullable=True),
        sa.Column("assigned_to", sa.BigInteger(), nullable=True),
        sa.Column("staff_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("card_message_id", sa.Integer(), nullable=True),
        sa.Column(
            "waiting_reason",
            sa.Enum("clarification", "documents", name="waitingreason", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("unreachable_since", UtcDateTime(), nullable=True),
        sa.Column(
            "closure_flag",
            sa.Enum(
                "documents_incomplete",
                "no_clarification",
                "unreachable",
                "no_response",
                name="closurereason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("source_update_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("status_changed_at", UtcDateTime(), nullable=False),
        sa.Column("last_complainant_at", UtcDateTime(), nullable=False),
        sa.Column("last_staff_reply_at", UtcDateTime(), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("erased_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("source_update_id", name=op.f("uq_cases_source_update_id")),
        sa.UniqueConstraint("ticket", name=op.f("uq_cases_ticket")),
    )
    op.create_index("ix_cases_complainant_user_id", "cases", ["complainant_user_id"], unique=False)
    op.create_index("ix_cases_created_at", "cases", ["created_at"], unique=False)
    op.create_index("ix_cases_status_priority", "cases", ["status", "priority"], unique=False)
    op.create_table(
        "complaint_drafts",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_complaint_drafts")),
    )
    op.create_table(
        "staff_members",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column(
            "role",
            sa.Enum("admin", "officer", name="staffrole", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("added_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_staff_members")),
    )
    op.create_table(
        "case_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("photo", "document", name="attachmentkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("file_id", sa.String(length=255), nullable=False),
        sa.Column("file_unique_id", sa.String(length=128), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=True),
        sa.Column("mime_type", sa.String(length=128), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("stored_path", sa.Text(), nullable=True),
        sa.Column("not_stored_reason", sa.String(length=64), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_attachments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_attachments")),
    )
    op.create_index("ix_case_attachments_case_id", "case_attachments", ["case_id"], unique=False)
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "status_changed",
                "claimed",
                "priority_changed",
                "note",
                "message_in",
                "message_out",
                "attachment",
                "unreachable",
                "reminder",
                "closure_flagged",
                "erased",
                name="eventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("actor_user_id", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    op.create_index("ix_case_events_case_id_id", "case_events", ["case_id", "id"], unique=False)
    op.create_table(
        "case_message_links",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("message_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "card",
                "note_prompt",
                "reminder",
                "staff_copy",
                "complainant",
                name="linkkind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_message_links_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("chat_id", "message_id", name=op.f("pk_case_message_links")),
    )
    op.create_index("ix_case_message_links_case_id", "case_message_links", ["case_id"], unique=False)
    op.create_table(
        "case_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "direction", sa.Enum("in", "out", name="direction", native_enum=False, length=8), nullable=False
        ),
        sa.Column("author_user_id", sa.BigInteger(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("forwarded", sa.Boolean(), nullable=False),
        sa.Column("delivered", sa.Boolean(), nullable=True),
        sa.Column("source_update_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_messages_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_messages")),
        sa.UniqueConstraint("source_update_id", name=op.f("uq_case_messages_source_update_id")),
    )
    op.create_index("ix_case_messages_case_id_id", "case_messages", ["case_id", "id"], unique=False)
    op.create_table(
        "case_timers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "post_card",
                "urgent_unclaimed",
                "unanswered",
                "closure",
                name="timerkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("due_at", UtcDateTime(), nullable=False),
        sa.Column("detail", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_timers_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_timers")),
        sa.UniqueConstraint("case_id", "kind", name="uq_case_timers_case_id_kind"),
    )
    op.create_index("ix_case_timers_due_at", "case_timers", ["due_at"], unique=False)
    op.create_table(
        "pending_case_replies",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_pending_case_replies_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_pending_case_replies")),
    )


def downgrade() -> None:
    op.drop_table("pending_case_replies")
    op.drop_index("ix_case_timers_due_at", table_name="case_timers")
    op.drop_table("case_timers")
    op.drop_index("ix_case_messages_case_id_id", table_name="case_messages")
    op.drop_table("case_messages")
    op.drop_index("ix_case_message_links_case_id", table_name="case_message_links")
    op.drop_table("case_message_links")
    op.drop_index("ix_case_events_case_id_id", table_name="case_events")
    op.drop_table("case_events")
    op.drop_index("ix_case_attachments_case_id", table_name="case_attachments")
    op.drop_table("case_attachments")
    op.drop_table("staff_members")
    op.drop_table("complaint_drafts")
    op.drop_index("ix_cases_status_priority", table_name="cases")
    op.drop_index("ix_cases_created_at", table_name="cases")
    op.drop_index("ix_cases_complainant_user_id", table_name="cases")
    op.drop_table("cases")
