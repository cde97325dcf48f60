import { Box, TablePagination, Typography } from '@mui/material';

export const PAGE_SIZES = [10, 25, 50, 100];

/** The sentences that say what would move a candidate up (or into the role). */
export const WhatWouldChange = ({ sentences }: { sentences: readonly string[] }) =>
  sentences.length ? (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {sentences.map((s) => (
        <Typography component="li" variant="caption" key={s}>
          {s}
        </Typography>
      ))}
    </Box>
  ) : (
    <Typography variant="caption" color="text.secondary">
      —
    </Typography>
  );

/** Zero-based paging of the API's `page` / `perPage` (at most 100). */
export const PoolPagination = ({
  total,
  page,
  perPage,
  onChange,
}: {
  total: number;
  page: number;
  perPage: number;
  onChange: (page: number, perPage: number) => void;
}) => (
  <TablePagination
    component="div"
    count={total}
    page={page}
    rowsPerPage={perPage}
    rowsPerPageOptions={PAGE_SIZES}
    onPageChange={(_e, p) => onChange(p, perPage)}
    onRowsPerPageChange={(e) => onChange(0, Number(e.target.value))}
  />
);
