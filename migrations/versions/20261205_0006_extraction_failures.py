"""extraction_error on articles and comments, crawl_runs.extraction_failures

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 20:30:00.000000

An extractor that raises no longer costs the page: the document is stored, with the failure in
its ``extraction_error`` (NULL when every extractor ran), and ``casualties extract`` reads it
again.  A run counts such documents.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE on both backends, as in 0005: batch mode would copy tables that the analyst
# views read, which SQLite refuses.


def upgrade() -> None:
    op.add_column('articles', sa.Column('extraction_error', sa.Text(), nullable=True))
    op.add_column('comments', sa.Column('extraction_error', sa.Text(), nullable=True))
    op.add_column('crawl_runs', sa.Column('extraction_failures', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    op.drop_column('crawl_runs', 'extraction_failures')
    op.drop_column('comments', 'extraction_error')
    op.drop_column('articles', 'extraction_error')
