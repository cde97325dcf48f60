import { rectIntersection, type CollisionDetection, type DragEndEvent, type DragStartEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { Card, Typography } from '@mui/material';
import { useState } from 'react';

/**
 * The column under the pointer, from where the columns are now (dnd-kit's measures date from the
 * drag's start, and a board may scroll sideways while a card moves); for the keyboard (no pointer),
 * the column the card overlaps most.
 */
export const columnUnderPointer: CollisionDetection = (args) => {
  const pointer = args.pointerCoordinates;
  if (pointer) {
    const hit = args.droppableContainers.find((column) => {
      const rect = column.node.current?.getBoundingClientRect();
      return !!rect && pointer.x >= rect.left && pointer.x <= rect.right && pointer.y >= rect.top && pointer.y <= rect.bottom;
    });
    if (hit) return [{ id: hit.id, data: { droppableContainer: hit, value: 0 } }];
  }
  return rectIntersection(args);
};

/**
 * The card being dragged, for a board's `DragOverlay`. A card moved in place (a transform) widened
 * its scrolling board as it went, and the board's auto-scroll chased it without end (seen in CI on
 * the role pipeline's last columns); the overlay floats above the page instead.
 */
export function useDraggedCard() {
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  return {
    activeId,
    /** A board's DndContext props: the column under the pointer, and the dragged card followed for the overlay. */
    contextProps: (onDragEnd: (event: DragEndEvent) => void) => ({
      collisionDetection: columnUnderPointer,
      onDragStart: ({ active }: DragStartEvent) => setActiveId(active.id),
      onDragCancel: () => setActiveId(null),
      onDragEnd: (event: DragEndEvent) => {
        setActiveId(null);
        onDragEnd(event);
      },
    }),
  };
}

/** What a dragged card looks like while it floats: its title and one line. */
export const DraggedCard = ({ title, detail }: { title: string; detail?: string }) => (
  <Card variant="outlined" sx={{ boxShadow: 6, cursor: 'grabbing', p: 1.5 }}>
    <Typography variant="body2" sx={{ fontWeight: 500 }}>
      {title}
    </Typography>
    {detail && (
      <Typography variant="caption" color="text.secondary" display="block">
        {detail}
      </Typography>
    )}
  </Card>
);
