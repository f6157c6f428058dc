import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { User } from "./user.entity";

/**
 * A signed-in session. Kept in the database (not in process memory) so that any server process
 * behind a load balancer can serve the user. Only a hash of the cookie's token is stored.
 */
@Entity("user_session")
export class UserSession {
  @PrimaryColumn({ name: "token_hash", type: "text" })
  tokenHash!: string;

  @Index()
  @Column({ name: "user_id", type: "uuid" })
  userId!: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Index()
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt!: Date;
}
