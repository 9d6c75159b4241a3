"""Domain errors raised by the storage services, in one place so handlers can catch them by meaning.

StorageError
├── NotFound
│   ├── CaseNotFound          no case with that id or ticket (or not visible to the caller)
│   └── DraftNotFound         the user has no complaint draft in progress
├── AccessDenied              the caller's role does not allow the action (checked server-side)
├── AlreadyClaimed            another officer holds the case (a take-over must name her)
├── InvalidTransition         the case status cannot move from its current state to the requested one
├── InvalidInput              a value failed validation (phone number, date range, empty text, ...)
│   └── AnswerTooLong         an intake answer is longer than its field holds
├── IncompleteDraft           the draft lacks a required answer and cannot be filed yet
├── DuplicateUpdate           Telegram delivered an update again that was already handled
├── AnswerForEarlierStep      a message written before the draft reached its step (re-sent after an outage)
└── CaseClosed                the action needs an open case
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class of every domain error raised by `storage.services`."""


class NotFound(StorageError):
    pass


class CaseNotFound(NotFound):
    pass


class DraftNotFound(NotFound):
    pass


class AccessDenied(StorageError):
    pass


class InvalidTransition(StorageError):
    pass


class InvalidInput(StorageError):
    pass


class AnswerTooLong(InvalidInput):
    pass


class IncompleteDraft(StorageError):
    pass


class DuplicateUpdate(StorageError):
    pass


class AnswerForEarlierStep(StorageError):
    pass


class CaseClosed(StorageError):
    pass


class AlreadyClaimed(StorageError):
    """Another officer holds the case; taking it over needs her name confirmed first."""

    def __init__(self, assignee: int) -> None:
        super().__init__(f"assigned to {assignee}")
        self.assignee = assignee
